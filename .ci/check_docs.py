"""Check the built documentation pages (`_proc/_docs/*.html`): every table is an HTML table (no Markdown table
printed as text), and no line of a code cell is longer than the body shows (WIDTH characters at the theme's code
font, nbs/styles.css). Prints what is wrong and exits 1; prints one summary line and exits 0 otherwise."""
import html, re, sys
from pathlib import Path

WIDTH = 120
# Pages not yet held to the width, each with its reason (none now)
WIDTH_PENDING = {}

def blocks(page: str, cls: str) -> list[str]:
    "The text of every <pre> element whose class list contains `cls`."
    pres = re.findall(r'<pre class="([^"]*)"[^>]*>(.*?)</pre>', page, re.S)
    return [html.unescape(re.sub(r'<[^>]+>', '', body)) for c, body in pres if cls in c.split()]

def problems(path: Path) -> list[str]:
    page, out = path.read_text(), []
    for text in re.findall(r'<pre[^>]*>(.*?)</pre>', page, re.S):
        text = html.unescape(re.sub(r'<[^>]+>', '', text))
        if re.search(r'^\s*\|\s*:?-{3,}', text, re.M): out.append(f'{path.name}: a Markdown table printed as text')
    if path.name not in WIDTH_PENDING:
        for code in blocks(page, 'cell-code'):
            out += [f'{path.name}: code line of {len(l)} characters (at most {WIDTH}): {l[:60]}...'
                    for l in code.splitlines() if len(l) > WIDTH]
    return out

if __name__ == '__main__':
    pages = sorted(Path(sys.argv[1] if len(sys.argv) > 1 else '_proc/_docs').glob('*.html'))
    found = [p for page in pages for p in problems(page)]
    pending = f' (pending: {", ".join(f"{k}, {v}" for k, v in WIDTH_PENDING.items())})' if WIDTH_PENDING else ''
    print('\n'.join(found) if found else f'docs: {len(pages)} pages, tables as HTML, code lines within {WIDTH} '
          f'characters{pending}')
    sys.exit(1 if found else 0)
