/**
 * What makes the site a sample and how sample content is marked wherever it goes. Until an
 * office fills in its identity, the site is a sample: it names no office as its publisher,
 * shows "chưa cấu hình" for what is missing and keeps search engines out. Made-up items (a
 * `sample: true` profile or model) carry their mark into every text that leaves their page:
 * share previews, share cards, feeds, structured data and radio scripts.
 */

/** The identity an office fills in (src/site.config.ts) before its site can stop being a sample. */
export interface SiteIdentity {
  office: string;
  responsible: string;
  url: string;
  contact: { address: string; phone: string; email: string };
}

/** The settings this module reads: the sample switch, the site's name, the identity and the permit line. */
export interface SampleSettings extends SiteIdentity {
  sample: boolean;
  name: string;
  permit: string;
}

/** The words that mark sample content, from src/i18n/ui.ts. */
export interface SampleWording {
  /** The mark of a made-up item: "Nội dung minh họa". */
  mark: string;
  /** Shown for an identity field no office has filled in: "chưa cấu hình". */
  notSet: string;
  /** Who a sample site says it belongs to: "trang mẫu, chưa có cơ quan chủ quản". */
  noOffice: string;
  /** The byline of every article on a sample site. */
  byline: string;
}

/** One line of the site's identity as a page shows it: the value, or "chưa cấu hình", and its link when set. */
export interface IdentityLine {
  text: string;
  href?: string;
}

/** Who the site says it is, as the masthead, footer, about page, structured data, feeds and radio scripts name it. */
export interface SiteOwner {
  sample: boolean;
  /** Publisher in structured data and feeds: the office, or the site itself marked as a sample. */
  publisher: string;
  /** The line above the site's name in the masthead. */
  masthead: string;
  /** Whom a radio script names as its source: "<site>, <office>". */
  sourceLine: string;
  /** The office, for the programme's closing credit; none on a sample site. */
  office?: string;
  /** The office as the footer's "cơ quan chủ quản" line shows it: "chưa cấu hình" on a sample, whatever the settings say. */
  officeLine: IdentityLine;
  responsible: IdentityLine;
  address: IdentityLine;
  phone: IdentityLine;
  email: IdentityLine;
  /** The operating permit line; hidden on an office's site that has none, "chưa cấu hình" on a sample. */
  permit?: IdentityLine;
}

const IDENTITY_FIELDS: readonly [string, (identity: SiteIdentity) => string][] = [
  ['office', (identity) => identity.office],
  ['responsible', (identity) => identity.responsible],
  ['url', (identity) => identity.url],
  ['contact.address', (identity) => identity.contact.address],
  ['contact.phone', (identity) => identity.contact.phone],
  ['contact.email', (identity) => identity.contact.email],
];

/** A value nobody has filled in: empty, or on the reserved `.example` domain, which no office can own. */
export function isPlaceholder(value: string): boolean {
  const text = value.trim();
  return text === '' || /\.example(?![\p{L}\p{N}-])/iu.test(text);
}

/** The identity fields still empty or placeholders, by their path in src/site.config.ts. */
export function unsetIdentityFields(identity: SiteIdentity): string[] {
  return IDENTITY_FIELDS.filter(([, read]) => isPlaceholder(read(identity))).map(([path]) => path);
}

/**
 * Why the settings cannot be built, in Vietnamese and naming the fields; undefined when they can.
 * A site may stop being a sample only once every identity field is filled in, so a build can
 * never publish sample content under an office's name nor an office's site without its contact.
 */
export function sampleSettingProblem(settings: SampleSettings): string | undefined {
  if (settings.sample) return undefined;
  const unset = unsetIdentityFields(settings);
  if (unset.length === 0) return undefined;
  return (
    `src/site.config.ts: chưa tắt được chế độ trang mẫu (sample: false) vì thông tin cơ quan còn trống ` +
    `hoặc vẫn là địa chỉ mẫu ".example": ${unset.join(', ')}. Điền đủ các trường này, hoặc để sample: true.`
  );
}

/** Who the site says it is: the office's own lines, or, on a sample, no office and "chưa cấu hình" for each missing line. */
export function siteOwner(settings: SampleSettings, wording: SampleWording): SiteOwner {
  const line = (value: string, href?: (value: string) => string): IdentityLine =>
    isPlaceholder(value) ? { text: wording.notSet } : { text: value.trim(), ...(href ? { href: href(value.trim()) } : {}) };
  const lines = {
    responsible: line(settings.responsible),
    address: line(settings.contact.address),
    phone: line(settings.contact.phone, (phone) => `tel:${phone.replace(/[\s.]/g, '')}`),
    email: line(settings.contact.email, (email) => `mailto:${email}`),
  };
  if (settings.sample) {
    return {
      sample: true,
      publisher: `${settings.name} (${wording.noOffice})`,
      masthead: capitalize(wording.noOffice),
      sourceLine: `${settings.name}, ${wording.noOffice}`,
      officeLine: { text: wording.notSet },
      ...lines,
      permit: line(settings.permit),
    };
  }
  const office = settings.office.trim();
  return {
    sample: false,
    publisher: office,
    masthead: office,
    sourceLine: `${settings.name}, ${office}`,
    office,
    officeLine: { text: office },
    ...lines,
    ...(isPlaceholder(settings.permit) ? {} : { permit: line(settings.permit) }),
  };
}

/** An article's byline: on a sample site never an office's department; else the author, or the office. */
export function bylineOf(author: string | undefined, owner: SiteOwner, wording: SampleWording): string {
  if (owner.sample) return wording.byline;
  return author?.trim() || owner.publisher;
}

/** The site's one-line description where it leaves the site (feed channels): a sample says it is one. */
export function siteTagline(tagline: string, owner: Pick<SiteOwner, 'sample'>, wording: Pick<SampleWording, 'noOffice'>): string {
  return owner.sample ? `${tagline} (${wording.noOffice})` : tagline;
}

/**
 * A page's robots meta: "noindex" for a page that is never a search result (search, not found),
 * "noindex, nofollow" on every other page of a sample site, none on an office's indexable page.
 * The two differ so the sitemap keeps a sample's pages (it is the readers' map too) and leaves
 * out only pages that are never results.
 */
export function pageRobots(noindex: boolean, sample: boolean): string | undefined {
  if (noindex) return 'noindex';
  return sample ? 'noindex, nofollow' : undefined;
}

/** robots.txt: a sample site keeps every crawler out; an office's site lets them in and names its sitemap. */
export function robotsTxt(sample: boolean, sitemapUrl: string): string {
  return sample ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** True when an entry's data says its details are made up (`sample: true` on a profile or a model). */
export function isSampleData(data: object): boolean {
  return 'sample' in data && data.sample === true;
}

/** A sample item's title where it is shared or listed outside the site (share box, Zalo message, feeds, structured data). */
export function markedTitle(title: string, sample: boolean, wording: Pick<SampleWording, 'mark'>): string {
  return sample ? `${title} (${wording.mark})` : title;
}

/** A sample item's summary for search results and link previews, led by the mark so no cut can drop it. */
export function markedDescription(text: string, sample: boolean, wording: Pick<SampleWording, 'mark'>): string {
  return sample ? `${wording.mark}: ${text}` : text;
}

/** The kind label printed on a share card: a sample item's card says it is illustration instead (the kind would not fit beside it). */
export function markedKind(kind: string, sample: boolean, wording: Pick<SampleWording, 'mark'>): string {
  return sample ? wording.mark : kind;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
