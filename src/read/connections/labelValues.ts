import { isRecord } from './platformJson.js';
import { metaText } from './repairMojibake.js';

/**
 * Meta's newer list entries, `{"timestamp", "media", "label_values": [{"label", "value", "href"}…],
 * "fbid"}`, whose labels are in the account's language ("Kullanıcı adı", "Nom d'utilisateur") and
 * may nest a level deeper under `dict` or `vec`. The account is read by the shape of each value,
 * labels serving only to break a tie: a link names the username, a value with a space is a name.
 */
export interface LabelledAccount {
  username?: string;
  displayName?: string;
  href?: string;
}

/** Labels that say "username" or "name" in the languages staff accounts are most often set to. */
const USERNAME_LABEL =
  /user ?name|kullan[ıi]c[ıi] ad[ıi]|nom d.utilisateur|benutzername|nombre de usuario|nome (utente|de usu[aá]rio)|gebruikersnaam|nazwa u[żz]ytkownika|brugernavn|anv[äa]ndarnamn|handle/i;
const NAME_LABEL =
  /^(full )?name$|^ad( soyad)?$|^isim$|^nom( complet)?$|^name$|^nombre( completo)?$|^nome( completo)?$|^naam$|^imi[ęe]|^navn$|^namn$/i;
const HANDLE = /^@?[\p{L}\p{N}._]{1,30}$/u;
const URL = /^https?:\/\//i;

interface Pair {
  label: string;
  value?: string;
  href?: string;
}

export function readLabelValues(
  labelValues: unknown,
  fromLink: (href: string | undefined) => string | undefined,
): LabelledAccount {
  const pairs = flatten(labelValues);
  const linked = pairs.map((p) => fromLink(p.href) ?? fromLink(p.value)).find(Boolean);
  const href = pairs.find((p) => fromLink(p.href) ?? fromLink(p.value));
  const values = pairs.filter((p): p is Pair & { value: string } => p.value !== undefined && !URL.test(p.value));
  const labelledUser = values
    .find((p) => USERNAME_LABEL.test(p.label) && HANDLE.test(p.value))
    ?.value.replace(/^@/, '');
  const username =
    linked ??
    labelledUser ??
    values
      .find((p) => HANDLE.test(p.value) && /[._\d]/.test(p.value) && !/^\d+$/.test(p.value))
      ?.value.replace(/^@/, '');
  const others = values.filter(
    (p) => p.value.replace(/^@/, '') !== username && /\p{L}/u.test(p.value) && !USERNAME_LABEL.test(p.label),
  );
  const displayName = (
    others.find((p) => NAME_LABEL.test(p.label)) ??
    others.find((p) => /\s/.test(p.value.trim())) ??
    others[0]
  )?.value;
  const account: LabelledAccount = {};
  if (username) account.username = username;
  if (displayName) account.displayName = displayName;
  const link = href?.href ?? href?.value;
  if (link) account.href = link;
  return account;
}

/** Every label–value pair, however deep under `dict` and `vec`, labels and values repaired. */
function flatten(node: unknown, out: Pair[] = []): Pair[] {
  if (Array.isArray(node)) {
    for (const item of node) flatten(item, out);
    return out;
  }
  if (!isRecord(node)) return out;
  const value = metaText(node.value);
  const href = metaText(node.href);
  if (value !== undefined || href !== undefined) {
    const pair: Pair = { label: metaText(node.label) ?? metaText(node.title) ?? '' };
    if (value !== undefined) pair.value = value;
    if (href !== undefined) pair.href = href;
    out.push(pair);
  }
  flatten(node.dict, out);
  flatten(node.vec, out);
  return out;
}
