import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

const ALLOWED_HREF = /^(https?:\/\/|mailto:|#)/i;
const LIVE_TAGS = 'script, img, iframe, svg, object, embed, style, link, meta, form, input, video';

/** Everything that would make rendered Markdown dangerous or leaky, as readable strings. */
function hazards(container: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of container.querySelectorAll(LIVE_TAGS)) found.push(`<${el.localName}>`);
  for (const el of container.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (attr.name === 'style' || attr.name === 'id') found.push(`${el.localName}[${attr.name}]`);
    }
  }
  for (const a of container.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    if (!ALLOWED_HREF.test(href)) found.push(`a[href=${href}]`);
  }
  return found;
}

describe('Markdown', () => {
  it('renders bold, lists, links, headings and code as elements', () => {
    const source = [
      '# Wortschatz',
      '',
      'Das ist **wichtig** und `der Konjunktiv`.',
      '',
      '- erstens',
      '- zweitens',
      '',
      '1. eins',
      '',
      '> zitiert',
      '',
      '[Duden](https://www.duden.de/rechtschreibung/Konjunktiv)',
      '',
      '```',
      'wäre, hätte',
      '```',
    ].join('\n');
    const { container } = render(<Markdown source={source} />);

    expect(screen.getByRole('heading', { name: 'Wortschatz' })).toBeInTheDocument();
    expect(container.querySelector('strong')).toHaveTextContent('wichtig');
    expect(container.querySelector('p code')).toHaveTextContent('der Konjunktiv');
    expect(container.querySelectorAll('ul > li')).toHaveLength(2);
    expect(container.querySelectorAll('ol > li')).toHaveLength(1);
    expect(container.querySelector('blockquote')).toHaveTextContent('zitiert');
    expect(container.querySelector('pre > code')).toHaveTextContent('wäre, hätte');
    const link = screen.getByRole('link', { name: 'Duden' });
    expect(link).toHaveAttribute('href', 'https://www.duden.de/rechtschreibung/Konjunktiv');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(hazards(container)).toEqual([]);
  });

  it('keeps headings small and drops ids and classes that come from the source', () => {
    const source = '# Big\n\n```js\nx\n```\n\nA note[^1]\n\n[^1]: root';
    const { container } = render(<Markdown source={source} />);
    // An h1 in a sidebar note must not compete with the page's own headings.
    expect(container.querySelector('h1, h2, h3')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Big' })).toBeInTheDocument();
    expect(container.querySelector('[class*="lang"]')).toBeNull();
    expect(container.querySelector('[id]')).toBeNull();
  });

  it('allows mailto and in-page anchors; in-page anchors stay in this tab', () => {
    render(<Markdown source={'[mail](mailto:a@example.org) [oben](#top)'} />);
    expect(screen.getByRole('link', { name: 'mail' })).toHaveAttribute(
      'href',
      'mailto:a@example.org',
    );
    const anchor = screen.getByRole('link', { name: 'oben' });
    expect(anchor).toHaveAttribute('href', '#top');
    expect(anchor).not.toHaveAttribute('target');
  });

  const hostile: Array<[source: string, visible: string]> = [
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['<svg onload=alert(1)>', '<svg onload=alert(1)>'],
    ['[x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['[x](JaVaScRiPt:alert(1))', '[x](JaVaScRiPt:alert(1))'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:text/html;base64,PHNjcmlwdD4='],
    ['[x](&#106;avascript:alert(1))', 'avascript:alert(1)'],
    ['[x](jav&#x09;ascript:alert(1))', 'ascript:alert(1)'],
    ['[x](vbscript:msgbox(1))', 'vbscript:msgbox(1)'],
    ['<javascript:alert(1)>', 'javascript:alert(1)'],
    ['[x][r]\n\n[r]: javascript:alert(1)', 'javascript:alert(1)'],
    ['[x](/settings)', '[x](/settings)'],
    ['![a](javascript:alert(1))', 'javascript:alert(1)'],
    ['<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)">x</a>'],
    ['<iframe src="https://evil.example/"></iframe>', '<iframe src='],
    ['<div style="position:fixed" class="x" id="root">y</div>', '<div style="position:fixed"'],
    ['<!-- hidden -->', '<!-- hidden -->'],
  ];

  it.each(hostile)('renders %j inert, as visible text', (source, visible) => {
    const { container } = render(<Markdown source={source} />);
    expect(hazards(container)).toEqual([]);
    expect(container.textContent).toContain(visible);
  });

  it.each(hostile.filter(([s]) => /javascript|vbscript|data:|settings/i.test(s)))(
    'does not make a link of %j',
    (source) => {
      render(<Markdown source={source} />);
      expect(screen.queryByRole('link')).toBeNull();
    },
  );

  it('never loads an image: it becomes a link to the image, named by its alt text', () => {
    const { container } = render(<Markdown source={'![a map](https://evil.example/x.png)'} />);
    expect(container.querySelector('img')).toBeNull();
    const link = screen.getByRole('link', { name: /a map/ });
    expect(link).toHaveAttribute('href', 'https://evil.example/x.png');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('renders nothing for an empty note', () => {
    const { container, rerender } = render(<Markdown source="" />);
    expect(container).toBeEmptyDOMElement();
    rerender(<Markdown source={'  \n '} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('passes className to the wrapper, even for a single line', () => {
    const { container } = render(<Markdown source="kurz" className="mt-2" />);
    expect(container.firstElementChild).toHaveClass('mt-2');
    expect(container.firstElementChild).toHaveTextContent('kurz');
  });
});
