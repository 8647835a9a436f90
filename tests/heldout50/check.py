#!/usr/bin/env python3
"""Consistency checks for the heldout50 set (corpus + gold). Uses no project code.

Adapted from heldout47's check.py: new file table, a UTF-8 BOM file, and a GB18030 block (a character outside
GBK must occur in the page frame and none inside the article), modelled on the GB18030 block of heldout46's check.py.

Run with a Python that has OpenCC (`import opencc`, configs 's2t'/'t2s'), e.g.
    /work/main/.venv/bin/python check.py
Exit status 0 = all checks passed.
"""
import html
import json
import os
import re
import sys
import unicodedata

import opencc

HERE = os.path.dirname(os.path.abspath(__file__))
T2S = opencc.OpenCC('t2s')

# file -> (encoding, bom bytes, line end, kind ('text' / 'trad'), simplified source for the Traditional file, is_html)
FILES = {
    'yinchuan-fgw-2025-npc-reply-computing-metaverse-film-tourism.txt': ('utf-8', b'\xef\xbb\xbf', '\n', 'text', None, False),
    'jingzhou-2025-digital-economy-metaverse-action-plan.html': ('gb18030', b'', '\r\n', 'text', None, True),
    'chaoyang-kxj-2025-news-metaverse-digital-human-park-opening.md': ('utf-8', b'', '\n', 'text', None, False),
    'yanan-gxj-2025-cppcc-reply-red-tourism-energy-twin-apple.txt': (
        'big5', b'', '\r\n', 'trad', 'src/yanan-gxj-2025-cppcc-reply-red-tourism-energy-twin-apple.txt', False),
}
# language an HTML page must declare in <html lang="...">
HTML_LANG = {
    'jingzhou-2025-digital-economy-metaverse-action-plan.html': 'zh-CN',
}
# the article block of each GB18030 page (no character outside GBK may occur inside it)
ARTICLE_RE = r'<div class="zoom" id="zoom">(.*?)<div class="tools">'
# charset an HTML page must declare, by encoding
HTML_CHARSET = {'gbk': 'gbk', 'gb18030': 'gb18030', 'utf-8': 'utf-8', 'big5': 'big5'}
CLASSES = ['Company', 'ResearchInstitution', 'GovernmentBody', 'Association', 'Policy', 'Place', 'Technology']
ORGS = {'Company', 'ResearchInstitution', 'GovernmentBody', 'Association'}
PREDICATES = {'locatedIn', 'partOf', 'issuedBy', 'appliesTo', 'focusesOn', 'supports', 'memberOf',
              'collaboratesWith', 'develops'}
# allowed (subject classes, object classes); None = object is free text (develops)
SIGNATURES = {
    'locatedIn': (ORGS | {'Place'}, {'Place'}),
    'partOf': (ORGS | {'Place'}, ORGS | {'Place'}),
    'issuedBy': ({'Policy'}, {'GovernmentBody'}),
    'appliesTo': ({'Policy'}, {'Place'}),
    'focusesOn': (ORGS, {'Technology'}),
    'supports': ({'Policy', 'GovernmentBody'}, {'Technology'}),
    'memberOf': (ORGS, {'Association'}),
    'collaboratesWith': (ORGS, ORGS),
    'develops': (ORGS, None),
}

errors = []
GB18030_EXTRA = {}


def err(msg):
    errors.append(msg)


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2500\u2501\u30fc\ufe58\ufe63\uff0d-'


def norm_label(s):
    """Matcher-style normalisation: NFKC, drop spaces/quotes/brackets/punctuation, unify dashes."""
    s = nfkc(s)
    s = ''.join('-' if c in DASHES else c for c in s)
    out = []
    for c in s:
        if c == '-':
            continue  # dashes unified, then (being punctuation) dropped
        cat = unicodedata.category(c)
        if cat.startswith('P') or cat.startswith('Z') or c.isspace():
            continue
        out.append(c)
    return ''.join(out).lower()


def visible_html(raw):
    t = re.sub(r'<script\b.*?</script>', ' ', raw, flags=re.S | re.I)
    t = re.sub(r'<style\b.*?</style>', ' ', t, flags=re.S | re.I)
    m = re.search(r'<title>(.*?)</title>', t, flags=re.S | re.I)
    title = m.group(1) if m else ''
    t = re.sub(r'<head\b.*?</head>', ' ', t, flags=re.S | re.I)
    t = re.sub(r'<[^>]+>', ' ', t)
    return html.unescape(title + '\n' + t)


def cjk_count(s):
    return len(re.findall(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]', s))


def fmt_num(v):
    if isinstance(v, float) and v.is_integer():
        return [str(int(v)), repr(v)]
    return [repr(v) if isinstance(v, float) else str(v)]


def own_number(text, v):
    for s in fmt_num(v):
        if re.search(r'(?<![\d.])' + re.escape(s) + r'(?![\d])(?!\.\d)', text):
            return True
    return False


def load_doc(name):
    enc, bom, eol, kind, src, is_html = FILES[name]
    path = os.path.join(HERE, 'corpus', name)
    raw = open(path, 'rb').read()
    if bom:
        if not raw.startswith(bom):
            err(f'{name}: missing BOM')
        raw_body = raw[len(bom):]
        if raw_body.startswith(bom):
            err(f'{name}: BOM written twice')
    else:
        for b in (b'\xef\xbb\xbf', b'\xff\xfe', b'\xfe\xff'):
            if raw.startswith(b):
                err(f'{name}: unexpected BOM')
        raw_body = raw
    try:
        text = raw_body.decode(enc, errors='strict')
    except UnicodeDecodeError as e:
        err(f'{name}: does not decode strictly as {enc}: {e}')
        text = raw_body.decode(enc, errors='replace')
    if text.encode(enc) != raw_body:
        err(f'{name}: re-encoding as {enc} does not give the file byte for byte')
    if enc == 'gbk':
        # GBK file: must also decode identically as GB18030 (its superset)
        try:
            if raw_body.decode('gb18030') != text:
                err(f'{name}: GBK and GB18030 decodings differ')
        except UnicodeDecodeError:
            err(f'{name}: does not decode as GB18030')
    if enc == 'gb18030':
        # GB18030 file: a character outside GBK (the U+00A9 copyright sign of the footer) is written on
        # purpose, so a GBK decoder fails on this file; none of them may occur inside the article (ARTICLE_RE)
        non_gbk = []
        for c in text:
            try:
                c.encode('gbk')
            except UnicodeEncodeError:
                non_gbk.append(c)
        if not non_gbk:
            err(f'{name}: no character outside GBK (the file should need GB18030)')
        m = re.search(ARTICLE_RE, text, flags=re.S)
        if not m:
            err(f'{name}: article block not found')
        else:
            inside = [c for c in m.group(1) if c in set(non_gbk)]
            if inside:
                err(f'{name}: characters outside GBK inside the article: {inside}')
        GB18030_EXTRA[name] = sorted(set(non_gbk))
        GB18030_EXTRA[name + ' (count)'] = len(non_gbk)
    if '\ufeff' in text:
        err(f'{name}: U+FEFF inside text')
    if eol == '\r\n':
        if re.search(r'(?<!\r)\n', text) or re.search(r'\r(?!\n)', text):
            err(f'{name}: line ends are not all CRLF')
    else:
        if '\r' in text:
            err(f'{name}: contains CR but should be LF only')
    if is_html:
        decl = re.findall(r'<meta charset="([^"]+)">', text)
        if decl != [HTML_CHARSET[enc]]:
            err(f'{name}: charset declarations {decl} != [{HTML_CHARSET[enc]!r}]')
        if len(re.findall(r'charset=', text, flags=re.I)) != 1:
            err(f'{name}: more than one charset declaration')
        langs = re.findall(r'<html lang="([^"]+)">', text)
        if langs != [HTML_LANG[name]]:
            err(f'{name}: html lang {langs} != [{HTML_LANG[name]!r}]')
    if kind == 'trad':
        simp_text = T2S.convert(text)
        srcp = os.path.join(HERE, src)
        sraw = open(srcp, 'rb').read()
        if sraw.startswith(b'\xef\xbb\xbf'):
            err(f'{src}: unexpected BOM')
        # decoded from bytes without newline translation: the CRLF line ends are kept, so the comparison is byte-exact
        simp = sraw.decode('utf-8', errors='strict')
        if re.search(r'(?<!\r)\n', simp) or re.search(r'\r(?!\n)', simp):
            err(f'{src}: source line ends are not all CRLF, like the corpus file')
        if simp_text != simp:
            err(f'{name}: t2s(file) != Simplified source {src}')
        if text == simp_text:
            err(f'{name}: Traditional file is identical to its t2s form (not Traditional)')
        s2t = opencc.OpenCC('s2t').convert(simp)
        if s2t != text:
            err(f'{name}: file is not exactly s2t(Simplified source)')
    else:
        simp_text = text
    # all text checks run on the visible text of the Simplified form
    vis = visible_html(simp_text) if is_html else simp_text
    n = cjk_count(vis)
    if not 1500 <= n <= 2500:
        err(f'{name}: {n} CJK characters, outside 1500-2500')
    return nfkc(vis), n


def main():
    label_owner = {}  # norm label -> set of (doc, class, canonical) for non-Technology
    counts = {}
    for name in FILES:
        vis, ncjk = load_doc(name)
        gpath = os.path.join(HERE, 'gold', name.rsplit('.', 1)[0] + '.gold.json')
        g = json.load(open(gpath, encoding='utf-8'))
        if g.get('doc') != name:
            err(f'{gpath}: doc field {g.get("doc")!r} != {name!r}')
        if set(g) != {'doc', 'entities', 'relations', 'indicators'}:
            err(f'{gpath}: unexpected top-level keys {sorted(g)}')
        ents = g['entities']
        if list(ents) != CLASSES:
            err(f'{name}: entity classes {list(ents)} != {CLASSES}')
        canon = {}  # canonical -> class
        doc_labels = {}  # norm label -> canonical
        for cls in CLASSES:
            for grp in ents.get(cls, []):
                if not grp or not all(isinstance(x, str) and x for x in grp):
                    err(f'{name}: bad group {grp}')
                    continue
                if grp[0] in canon:
                    err(f'{name}: canonical {grp[0]} used twice')
                canon[grp[0]] = cls
                for lab in grp:
                    if nfkc(lab) not in vis:
                        err(f'{name}: {cls} label {lab!r} not in text')
                    nl = norm_label(lab)
                    if nl in doc_labels and doc_labels[nl] != grp[0]:
                        err(f'{name}: label {lab!r} in two groups ({doc_labels[nl]} / {grp[0]})')
                    doc_labels[nl] = grp[0]
                    if cls != 'Technology':
                        label_owner.setdefault(nl, set()).add((name, cls, grp[0]))
        seen_rel = set()
        pred_count = {}
        for r in g['relations']:
            if len(r) != 3:
                err(f'{name}: bad relation {r}')
                continue
            s, p, o = r
            if tuple(r) in seen_rel:
                err(f'{name}: repeated relation {r}')
            seen_rel.add(tuple(r))
            pred_count[p] = pred_count.get(p, 0) + 1
            if p not in PREDICATES:
                err(f'{name}: predicate {p} not allowed')
                continue
            if s not in canon:
                err(f'{name}: relation subject {s!r} is not a canonical name')
                continue
            subj_ok, obj_ok = SIGNATURES[p]
            if canon[s] not in subj_ok:
                err(f'{name}: {p} subject {s} has class {canon[s]}')
            if p == 'develops':
                if nfkc(o) not in vis:
                    err(f'{name}: develops object {o!r} not in text')
                if o in canon:
                    err(f'{name}: develops object {o!r} is an entity')
            else:
                if o not in canon:
                    err(f'{name}: relation object {o!r} is not a canonical name')
                elif canon[o] not in obj_ok:
                    err(f'{name}: {p} object {o} has class {canon[o]}')
                if s == o:
                    err(f'{name}: self relation {r}')
        seen_ind = set()
        adjacent = 0
        for ind in g['indicators']:
            if set(ind) != {'subject', 'name', 'value', 'unit', 'year'}:
                err(f'{name}: indicator keys {sorted(ind)}')
                continue
            s, v, u, y = ind['subject'], ind['value'], ind['unit'], ind['year']
            if s not in canon:
                err(f'{name}: indicator subject {s!r} is not a canonical name')
            elif canon[s] == 'Technology' or canon[s] == 'Policy':
                err(f'{name}: indicator subject {s} has class {canon[s]}')
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                err(f'{name}: indicator value {v!r} not a number')
                continue
            if not own_number(vis, v):
                err(f'{name}: value {v} ({ind["name"]}) not written as a number of its own')
            if not u or nfkc(u) not in vis:
                err(f'{name}: unit {u!r} ({ind["name"]}) not in text')
            if any(re.search(r'(?<![\d.])' + re.escape(x) + r'(?![\d])(?!\.\d)\s*' + re.escape(nfkc(u)), vis)
                   for x in fmt_num(v)):
                adjacent += 1
            if y is not None and not (isinstance(y, int) and 2000 <= y <= 2035):
                err(f'{name}: bad year {y!r}')
            if '年目标' in ind['name'] and y is None:
                err(f'{name}: target without year: {ind["name"]}')
            key = (s, float(v), u)
            if key in seen_ind:
                err(f'{name}: two indicators share {key}')
            seen_ind.add(key)
        counts[name] = dict(
            **{c: len(ents[c]) for c in CLASSES},
            relations=len(g['relations']), indicators=len(g['indicators']), cjk=ncjk,
            preds=pred_count, adjacent=adjacent,
            targets=sum(1 for i in g['indicators'] if '年目标' in i['name']))
    for nl, owners in label_owner.items():
        if len(owners) > 1:
            err(f'non-Technology label {nl!r} names several entities / occurs in several documents: {sorted(owners)}')

    # report
    hdr = ['Company', 'ResearchInstitution', 'GovernmentBody', 'Association', 'Policy', 'Place', 'Technology',
           'relations', 'indicators', 'cjk']
    print('| file | ' + ' | '.join(hdr) + ' |')
    tot = {h: 0 for h in hdr}
    for name, c in counts.items():
        print(f'| {name} | ' + ' | '.join(str(c[h]) for h in hdr) + ' |')
        for h in hdr:
            tot[h] += c[h]
    print('| **total** | ' + ' | '.join(str(tot[h]) for h in hdr) + ' |')
    preds = {}
    for c in counts.values():
        for p, n in c['preds'].items():
            preds[p] = preds.get(p, 0) + n
    print('predicates:', ', '.join(f'{p} {n}' for p, n in sorted(preds.items(), key=lambda x: -x[1])))
    print('targets:', {n: c['targets'] for n, c in counts.items()})
    print('characters outside GBK in the GB18030 page frame:', GB18030_EXTRA)
    print('indicators with value directly followed by unit:', {n: f"{c['adjacent']}/{c['indicators']}" for n, c in counts.items()})
    if errors:
        print(f'\n{len(errors)} ERROR(S):')
        for e in errors:
            print(' -', e)
        sys.exit(1)
    print('\nALL CHECKS PASSED')


if __name__ == '__main__':
    main()
