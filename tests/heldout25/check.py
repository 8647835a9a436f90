#!/usr/bin/env python3
"""Consistency checks for the heldout25 synthetic set (corpus/ + gold/).

Run with a Python that has OpenCC (opencc-python-reimplemented), e.g.
    /work/main/.venv/bin/python check.py [simplified-source-of-the-traditional-doc]
Uses no project code. Exit status 0 = all checks passed.
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
S2T = opencc.OpenCC('s2t')
DEFAULT_SRC = os.path.join(HERE, 'src', 'xiangtan-2025-cppcc-reply.txt')

# name -> (codec, bom bytes, line end, script, kind)
FILES = {
    'baoan-2025-aigc-measures.txt': ('utf-8', b'\xef\xbb\xbf', '\r\n', 'simplified', 'text'),
    'xiangtan-2025-cppcc-reply.txt': ('utf-16-le', b'\xff\xfe', '\r\n', 'traditional', 'text'),
    'tangshan-2025-policy-interpretation.html': ('gbk', b'', '\n', 'simplified', 'html'),
    'guilin-news-2025-digital-culture-tourism.md': ('utf-8', b'', '\n', 'simplified', 'text'),
}
CLASSES = ['Company', 'ResearchInstitution', 'GovernmentBody', 'Association', 'Policy', 'Place', 'Technology']
PREDICATES = {'locatedIn', 'partOf', 'issuedBy', 'appliesTo', 'focusesOn', 'supports', 'memberOf',
              'collaboratesWith', 'develops'}
# allowed classes of (subject, object); None = object is free text (develops)
SIGNATURES = {
    'locatedIn': ({'Company', 'ResearchInstitution', 'Association', 'Place', 'GovernmentBody'}, {'Place'}),
    'partOf': ({'Company', 'ResearchInstitution', 'Place', 'GovernmentBody'},
               {'Company', 'ResearchInstitution', 'Place', 'GovernmentBody'}),
    'issuedBy': ({'Policy'}, {'GovernmentBody'}),
    'appliesTo': ({'Policy'}, {'Place'}),
    'focusesOn': ({'Company', 'ResearchInstitution', 'Association', 'GovernmentBody'}, {'Technology'}),
    'supports': ({'Policy', 'GovernmentBody'}, {'Technology'}),
    'memberOf': ({'Company', 'ResearchInstitution', 'Association', 'GovernmentBody'}, {'Association'}),
    'collaboratesWith': ({'Company', 'ResearchInstitution', 'GovernmentBody', 'Association'},
                         {'Company', 'ResearchInstitution', 'GovernmentBody', 'Association'}),
    'develops': ({'Company', 'ResearchInstitution'}, None),
}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def norm_label(s):
    """Label normalisation as described in /work/shared/gold/README.md."""
    s = nfkc(s)
    s = re.sub('[\u2010-\u2015\u2212\uff0d~\u301c]', '-', s)  # unify dashes
    return ''.join(ch for ch in s if not ch.isspace() and not unicodedata.category(ch).startswith('P')
                   and ch not in '<>《》〈〉「」『』【】〔〕“”‘’"\'')


def visible_html(t):
    t = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', t)
    t = re.sub(r'(?s)<!--.*?-->', '', t)
    t = re.sub(r'(?s)<[^>]+>', '', t)
    return html.unescape(t)


def cjk_count(t):
    return len(re.findall('[\u4e00-\u9fff\u3400-\u4dbf]', t))


def load_doc(name):
    codec, bom, eol, script, kind = FILES[name]
    raw = open(os.path.join(HERE, 'corpus', name), 'rb').read()
    # BOM
    if bom:
        if not raw.startswith(bom):
            err(f'{name}: missing BOM {bom!r}')
        raw_body = raw[len(bom):]
    else:
        for b in (b'\xef\xbb\xbf', b'\xff\xfe', b'\xfe\xff'):
            if raw.startswith(b):
                err(f'{name}: unexpected BOM {b!r}')
        raw_body = raw
    try:
        text = raw_body.decode(codec, errors='strict')
    except UnicodeDecodeError as e:
        err(f'{name}: does not decode strictly as {codec}: {e}')
        text = raw_body.decode(codec, errors='replace')
    if text.startswith('\ufeff'):
        err(f'{name}: BOM character inside the decoded text')
    if text.encode(codec) != raw_body:
        err(f'{name}: decode/encode round trip differs')
    # line ends
    if eol == '\r\n':
        if re.search('(?<!\r)\n', text) or re.search('\r(?!\n)', text):
            err(f'{name}: not pure CRLF')
    else:
        if '\r' in text:
            err(f'{name}: contains CR, expected LF only')
    if not text.endswith(eol):
        warnings.append(f'{name}: does not end with a line end')
    if kind == 'html':
        m = re.search(r'<meta\s+charset="([^"]+)"', text, re.I)
        if not m or m.group(1).lower() != codec:
            err(f'{name}: <meta charset> does not declare {codec}')
    # script
    if script == 'traditional':
        simp = T2S.convert(text)
        if S2T.convert(simp) != text:
            err(f'{name}: file is not the unedited s2t output of its t2s text')
        src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SRC
        if os.path.exists(src):
            s = open(src, encoding='utf-8').read().replace('\n', eol)
            if simp != s:
                err(f'{name}: t2s(file) differs from the Simplified source {src}')
        else:
            warnings.append(f'{name}: Simplified source {src} not found; compared s2t(t2s(file)) only')
        if T2S.convert(text) == text:
            err(f'{name}: text does not look Traditional')
    else:
        if T2S.convert(text) != text:
            diff = [(a, b) for a, b in zip(text, T2S.convert(text)) if a != b]
            warnings.append(f'{name}: t2s changes {len(diff)} characters, e.g. {diff[:5]}')
    check_text = visible_html(text) if kind == 'html' else text
    if script == 'traditional':
        check_text = T2S.convert(check_text)
    return nfkc(check_text), cjk_count(check_text)


def number_of_its_own(text, value):
    if isinstance(value, float) and value.is_integer():
        cands = [str(int(value)), repr(value)]
    else:
        cands = [repr(value) if isinstance(value, float) else str(value)]
    for c in cands:
        if re.search(r'(?<![\d.])' + re.escape(c) + r'(?![\d]|\.\d)', text):
            return c
    return None


def main():
    golds = {}
    counts = {}
    label_owner = {}  # normalised label -> set of (doc, class, canonical) for non-Technology entities
    for name in FILES:
        text, ncjk = load_doc(name)
        counts[name] = ncjk
        if not 1500 <= ncjk <= 3000:
            err(f'{name}: {ncjk} CJK characters, outside 1500-3000')
        gpath = os.path.join(HERE, 'gold', name.rsplit('.', 1)[0] + '.gold.json')
        g = json.load(open(gpath, encoding='utf-8'))
        golds[name] = g
        if g.get('doc') != name:
            err(f'{gpath}: doc field {g.get("doc")!r} != {name!r}')
        if set(g) != {'doc', 'entities', 'relations', 'indicators'}:
            err(f'{gpath}: unexpected keys {sorted(g)}')
        if list(g['entities']) != CLASSES:
            err(f'{gpath}: entity classes {list(g["entities"])} != {CLASSES}')
        canon = {}  # canonical -> class
        doc_labels = {}
        for cls, groups in g['entities'].items():
            for grp in groups:
                if not grp or len(set(grp)) != len(grp):
                    err(f'{name}: bad group {grp}')
                if grp[0] in canon:
                    err(f'{name}: canonical {grp[0]} used twice')
                canon[grp[0]] = cls
                for lab in grp:
                    if nfkc(lab) not in text:
                        err(f'{name}: {cls} label {lab!r} not in text')
                    nl = norm_label(lab)
                    if nl in doc_labels and doc_labels[nl] != grp[0]:
                        err(f'{name}: label {lab!r} in two groups ({doc_labels[nl]} / {grp[0]})')
                    doc_labels[nl] = grp[0]
                    if cls != 'Technology':
                        label_owner.setdefault(nl, set()).add((name, cls, grp[0]))
        seen_rel = set()
        for r in g['relations']:
            if len(r) != 3:
                err(f'{name}: malformed relation {r}')
                continue
            s, p, o = r
            if tuple(r) in seen_rel:
                err(f'{name}: duplicate relation {r}')
            seen_rel.add(tuple(r))
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
                if nfkc(o) not in text:
                    err(f'{name}: develops object {o!r} not in text')
                if o in canon:
                    err(f'{name}: develops object {o!r} is also an entity')
            else:
                if o not in canon:
                    err(f'{name}: relation object {o!r} is not a canonical name')
                elif canon[o] not in obj_ok:
                    err(f'{name}: {p} object {o} has class {canon[o]}')
                if s == o:
                    err(f'{name}: self relation {r}')
        seen_ind = set()
        for ind in g['indicators']:
            if set(ind) != {'subject', 'name', 'value', 'unit', 'year'}:
                err(f'{name}: indicator keys {sorted(ind)}')
                continue
            s, v, u, y = ind['subject'], ind['value'], ind['unit'], ind['year']
            if s not in canon:
                err(f'{name}: indicator subject {s!r} is not a canonical name')
            elif canon[s] in ('Technology', 'Policy'):
                err(f'{name}: indicator subject {s!r} is a {canon[s]}')
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                err(f'{name}: indicator value {v!r} not a number')
                continue
            if number_of_its_own(text, v) is None:
                err(f'{name}: value {v} not written as a number of its own')
            if nfkc(u) not in text:
                err(f'{name}: unit {u!r} not in text')
            else:
                c = number_of_its_own(text, v)
                if c and not re.search(r'(?<![\d.])' + re.escape(c) + r'\s*[余多]?\s*' + re.escape(nfkc(u)), text):
                    warnings.append(f'{name}: {s} {v}{u}: value not directly followed by its unit (table cell?)')
            key = (s, v, u)
            if key in seen_ind:
                err(f'{name}: two indicators share {key}')
            seen_ind.add(key)
            if y is not None and not (isinstance(y, int) and 2000 <= y <= 2035):
                err(f'{name}: bad year {y!r}')
            if '目标' in ind['name'] and y is None:
                err(f'{name}: target without year: {ind}')
            if re.search(r'(\d{4})年目标', ind['name']) and y != int(re.search(r'(\d{4})年目标', ind['name']).group(1)):
                err(f'{name}: target year mismatch: {ind}')
    # set level: no non-Technology label in two documents / for two entities
    for nl, owners in label_owner.items():
        docs = {o[0] for o in owners}
        ents = {(o[0], o[2]) for o in owners}
        if len(ents) > 1:
            err(f'label {nl!r} names several non-Technology entities: {sorted(owners)}')
        if len(docs) > 1:
            err(f'label {nl!r} occurs in several documents: {sorted(docs)}')
    # report
    print('| file | ' + ' | '.join(CLASSES) + ' | relations | indicators | CJK chars |')
    tot = [0] * (len(CLASSES) + 3)
    for name, g in golds.items():
        row = [len(g['entities'][c]) for c in CLASSES] + [len(g['relations']), len(g['indicators']), counts[name]]
        tot = [a + b for a, b in zip(tot, row)]
        print(f'| {name} | ' + ' | '.join(map(str, row)) + ' |')
    print('| **total** | ' + ' | '.join(map(str, tot)) + ' |')
    preds = {}
    targets = 0
    for g in golds.values():
        for r in g['relations']:
            preds[r[1]] = preds.get(r[1], 0) + 1
        targets += sum('目标' in i['name'] for i in g['indicators'])
    print('predicates:', ', '.join(f'{k} {v}' for k, v in sorted(preds.items(), key=lambda kv: -kv[1])))
    print('targets:', targets)
    for w in warnings:
        print('WARNING:', w)
    for e in errors:
        print('ERROR:', e)
    print('FAILED' if errors else 'ALL CHECKS PASSED')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
