import { API_TYPES, generateApiTypes } from './gen';

const changed = await generateApiTypes();
process.stdout.write(`${API_TYPES}: ${changed ? 'written' : 'up to date'}\n`);
