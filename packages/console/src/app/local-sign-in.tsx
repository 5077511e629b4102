import { useEffect, useState } from 'preact/hooks';
import type { ConsoleClaims } from '../build';
import { errorOf } from './api';
import { type Session, sessionOf } from './auth';
import { ErrorBox, Loading } from './ui';

interface Person {
  role: 'office' | 'dept' | 'inspector' | 'witness';
  dept?: string;
  sub?: string;
  label: string;
}

const ROLE_NAMES = {
  office: '联席会议办公室',
  dept: '部门',
  inspector: '检查人员',
  witness: '抽取见证人',
} as const;

/**
 * The local server's sign-in: the district's people, and a token from the local identity.
 * `/local/…` exists only on the local server; a deployment signs in through its OIDC issuer.
 */
export const LocalSignIn = ({
  apiBase,
  claims,
  onSignIn,
}: {
  apiBase: string;
  claims?: ConsoleClaims;
  onSignIn(s: Session): void;
}) => {
  const [people, setPeople] = useState<{ notice: string; people: Person[] }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    fetch(`${apiBase}/local/people`)
      .then(async (r) => {
        const body = await r.json().catch(() => undefined);
        if (!r.ok) throw errorOf(r.status, body);
        setPeople(body);
      })
      .catch(setError);
  }, [apiBase]);
  const choose = async (p: Person) => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await fetch(`${apiBase}/local/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: p.role, dept: p.dept, sub: p.sub }),
      });
      const body = await r.json().catch(() => undefined);
      if (!r.ok) throw errorOf(r.status, body);
      onSignIn(sessionOf(body.token, p.label, claims));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="sign-in">
      <h2 id="sign-in">本地登录</h2>
      <ErrorBox error={error} />
      {!people ? (
        error ? null : (
          <Loading what="读取人员名单" />
        )
      ) : (
        <>
          <p class="notice" role="note">
            {people.notice}
          </p>
          {(['office', 'dept', 'inspector', 'witness'] as const).map((role) => (
            <fieldset key={role}>
              <legend>{ROLE_NAMES[role]}</legend>
              <ul class="people">
                {people.people
                  .filter((p) => p.role === role)
                  .map((p) => (
                    <li key={`${p.role}-${p.dept}-${p.sub}`}>
                      <button type="button" disabled={busy} onClick={() => choose(p)}>
                        {p.label}
                      </button>
                    </li>
                  ))}
              </ul>
              {role === 'inspector' && !people.people.some((p) => p.role === role) ? (
                <p>名录中还没有检查人员（先导入执法人员，或以 --demo 启动）。</p>
              ) : null}
            </fieldset>
          ))}
        </>
      )}
    </section>
  );
};
