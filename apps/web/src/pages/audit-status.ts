import { h } from 'preact';
import { gql } from '../api';
import { ErrorNotice, Loading, useLoad } from '../ui';

/**
 * The audit trail's verification status, from the API's `verifyAuditTrail` query. That query is
 * being added separately, so its shape is read from the schema at run time: every scalar field of
 * its answer is shown. Until the server offers it, this section says so plainly.
 */
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

async function loadVerification(id: string): Promise<{ rows: Array<[string, string]> | null }> {
  const { __type: query } = await gql<{ __type: { fields: Array<{ name: string; args: Array<{ name: string; type: TypeRef }>; type: TypeRef }> } }>(
    `{ __type(name: "Query") { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } } }`,
  );
  const field = query.fields.find((f) => f.name === 'verifyAuditTrail');
  if (!field) return { rows: null };
  const required = field.args.filter((a) => a.type.kind === 'NON_NULL');
  if (required.some((a) => a.name !== 'id')) return { rows: null };
  const args = required.length ? '(id: $id)' : '';
  const result = named(field.type);
  let selection = '';
  if (result.kind === 'OBJECT') {
    const { __type: shape } = await gql<{ __type: { fields: Array<{ name: string; type: TypeRef }> } }>(
      `query Shape($name: String!) { __type(name: $name) { fields { name type { ${TYPE_REF} } } } }`,
      { name: result.name },
    );
    const scalars = shape.fields.filter((f) => ['SCALAR', 'ENUM'].includes(named(f.type).kind)).map((f) => f.name);
    selection = `{ ${scalars.join(' ')} }`;
  }
  const data = await gql<{ verifyAuditTrail: unknown }>(`query Verify${required.length ? '($id: ID!)' : ''} { verifyAuditTrail${args} ${selection} }`, { id });
  const answer = data.verifyAuditTrail;
  if (answer && typeof answer === 'object') return { rows: Object.entries(answer).map(([k, v]) => [k, String(v)]) };
  return { rows: [['result', String(answer)]] };
}

export function AuditStatus({ id }: { id: string }) {
  const loaded = useLoad(() => loadVerification(id), [id]);
  const body = loaded.error
    ? h(ErrorNotice, { error: loaded.error })
    : loaded.data === null
      ? h(Loading, null)
      : loaded.data.rows
        ? h('dl', { class: 'facts' }, loaded.data.rows.flatMap(([k, v]) => [h('dt', { key: `${k}-t` }, k), h('dd', { key: `${k}-d` }, v)]))
        : h('p', { class: 'explain' }, 'Audit trail verification is not available from this server yet: it will appear here once the API offers verifyAuditTrail.');
  return h('section', { 'aria-labelledby': 'audit-title', class: 'card' }, h('h2', { id: 'audit-title' }, 'Audit verification'), body);
}
