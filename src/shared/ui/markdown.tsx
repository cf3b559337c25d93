import type { ReactNode } from 'react';
import MarkdownToJsx, { RuleType, type MarkdownToJSX } from 'markdown-to-jsx/react';
import { t, useLocale } from '@/shared/i18n';

/**
 * Renders a note's Markdown. Notes are the user's own text, but they can arrive from an imported
 * file, so nothing in them is trusted: raw HTML stays literal text, only http(s), mailto and
 * in-page `#` links become links, images are never loaded (they become a link to the image), and
 * no id, class or style from the source reaches the page. See docs/decisions/0005-markdown-notes.md.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  // The few words the renderer adds ("Image: …") follow the interface's language.
  const locale = useLocale();
  if (source.trim() === '') return null;
  return (
    <MarkdownToJsx
      key={locale}
      options={OPTIONS}
      className={['space-y-2 text-sm leading-relaxed text-ink [overflow-wrap:anywhere]', className]
        .filter(Boolean)
        .join(' ')}
    >
      {source}
    </MarkdownToJsx>
  );
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to render, or null when the destination is not allowed. Browsers ignore tabs, newlines
 * and leading control characters in a URL, so those are removed before the scheme is judged, and
 * the URL parser's own reading of an absolute URL is what gets rendered.
 */
function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (cleaned.startsWith('#')) return cleaned.length > 1 ? cleaned : null;
  try {
    const url = new URL(cleaned);
    return EXTERNAL_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null; // relative paths and unparsable destinations
  }
}

const linkClass = 'text-accent underline underline-offset-2 hover:opacity-80';

function SafeLink({
  href,
  title,
  children,
}: {
  href?: string;
  title?: string;
  children?: ReactNode;
}) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  const external = !safe.startsWith('#');
  return (
    <a
      href={safe}
      title={title}
      className={linkClass}
      {...(external && { target: '_blank', rel: 'noopener noreferrer' })}
    >
      {children}
    </a>
  );
}

type Children = { children?: ReactNode };

type StyledTag =
  | 'p'
  | 'ul'
  | 'li'
  | 'blockquote'
  | 'hr'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'div'
  | 'footer'
  | 'table'
  | 'thead'
  | 'tbody'
  | 'tr'
  | 'th'
  | 'td';

/** Each tag gets fixed classes; ids, classes and styles the parser passes along are dropped. */
function tag(Tag: StyledTag, className?: string) {
  function Styled({ children }: Children) {
    return <Tag className={className}>{children}</Tag>;
  }
  Styled.displayName = `Markdown.${Tag}`;
  return Styled;
}

const headingClass = 'font-semibold text-ink leading-snug';

const overrides: MarkdownToJSX.Overrides = {
  // Headings are small in a sidebar note, and carry no id (ids would clash across notes).
  h1: tag('h4', `text-base ${headingClass}`),
  h2: tag('h5', `text-sm ${headingClass}`),
  h3: tag('h6', `text-sm ${headingClass}`),
  h4: tag('h6', `text-sm text-ink-2 ${headingClass}`),
  h5: tag('h6', `text-sm text-ink-2 ${headingClass}`),
  h6: tag('h6', `text-sm text-ink-2 ${headingClass}`),
  p: tag('p'),
  ul: tag('ul', 'list-disc space-y-1 pl-5'),
  ol: function OrderedList({ children, start }: Children & { start?: number }) {
    return (
      <ol start={start} className="list-decimal space-y-1 pl-5">
        {children}
      </ol>
    );
  },
  li: tag('li', 'pl-0.5'),
  blockquote: tag('blockquote', 'border-l-2 border-line pl-3 text-ink-2'),
  hr: tag('hr', 'border-line'),
  code: function InlineCode({ children }: Children) {
    return (
      <code className="rounded bg-surface-2 px-1 py-0.5 font-mono text-[0.85em]">{children}</code>
    );
  },
  a: SafeLink,
  // Never reached (images are rendered as links below); kept so no path can emit an <img>.
  img: function NoImage({ alt }: { alt?: string }) {
    return <span>{alt}</span>;
  },
  input: function TaskMark({ checked }: { checked?: boolean }) {
    return <span>{checked ? '☑' : '☐'}</span>;
  },
  table: tag('table', 'block max-w-full overflow-x-auto border-collapse text-xs'),
  thead: tag('thead'),
  tbody: tag('tbody'),
  tr: tag('tr'),
  th: tag('th', 'border border-line bg-surface-2 px-2 py-1 text-left font-semibold'),
  td: tag('td', 'border border-line px-2 py-1 align-top'),
  // Footnotes: the library gives each definition an id taken from the note; drop it.
  footer: tag('footer', 'border-t border-line pt-1 text-xs text-ink-2'),
  div: tag('div'),
};

/** The source of a link that will not be rendered as one, so the reader sees what was written. */
function literalLink(label: ReactNode, target: string | null, key: string | number | undefined) {
  return (
    <span key={key}>
      [{label}]({target ?? ''})
    </span>
  );
}

const OPTIONS: MarkdownToJSX.Options = {
  disableParsingRawHTML: true,
  tagfilter: true,
  // A note that starts with `---` is a rule, not hidden YAML.
  disableFrontmatter: true,
  forceBlock: true,
  forceWrapper: true,
  wrapper: 'div',
  overrides,
  // Keep the destination as written; `renderRule` decides, so a refused link can be shown as text.
  sanitizer: (value) => value,
  renderRule(next, node, renderChildren, state) {
    switch (node.type) {
      case RuleType.link: {
        if (safeHref(node.target)) return next();
        const label = renderChildren(node.children, state);
        const [only] = node.children;
        // A bare autolink's label is its destination; show it once.
        if (node.children.length === 1 && only?.type === RuleType.text && only.text === node.target)
          return <span key={state.key}>{label}</span>;
        return literalLink(label, node.target, state.key);
      }
      case RuleType.image: {
        const label = t('ui.markdown.image', { name: node.alt || node.target || '' });
        return safeHref(node.target) ? (
          <SafeLink key={state.key} href={node.target ?? undefined} title={node.title}>
            {label}
          </SafeLink>
        ) : (
          <span key={state.key}>
            ![{node.alt}]({node.target ?? ''})
          </span>
        );
      }
      case RuleType.codeBlock:
        return (
          <pre
            key={state.key}
            className="overflow-x-auto rounded-md bg-surface-2 p-2 font-mono text-xs leading-normal"
          >
            <code>{node.text}</code>
          </pre>
        );
      case RuleType.footnoteReference:
        return <sup key={state.key}>[{node.text}]</sup>;
      case RuleType.htmlBlock:
      case RuleType.htmlSelfClosing:
      case RuleType.htmlComment:
      case RuleType.frontmatter:
        // Not produced while raw HTML is off; if a future version does, render nothing live.
        return null;
      default:
        return next();
    }
  },
};
