/**
 * The entropy checks of spec §7.1, loaded on demand: the BLS pairing behind a drand check is
 * most of their weight, and only a page that verifies a draw needs it.
 */
export { checkEntropy, EntropyError } from '../../draw/src/entropy';
