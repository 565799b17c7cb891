#!/usr/bin/env bash
# Seed the cargo-fuzz corpora from seeds/*.txt and fixtures/*.txt (as UTF-8, GBK, UTF-16LE and
# .docx, via Python's standard library), so libFuzzer starts from real reports.
# `bash fuzz/seed-corpus.sh` then `cd fuzz && cargo +nightly fuzz run decode`.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p fuzz/corpus/decode fuzz/corpus/analyse fuzz/corpus/docx_xml
python3 - <<'PY'
import glob, io, os, zipfile
from xml.sax.saxutils import escape
W = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
     '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>')
for path in sorted(glob.glob('seeds/*.txt') + glob.glob('fixtures/*.txt')):
    name = os.path.basename(path)[:-4]
    text = open(path, encoding='utf-8').read().lstrip('\ufeff')
    # libFuzzer's default -max_len is 4096: long fixtures go in as 4 kB slices too.
    parts = [text] + [text[i:i + 1500] for i in range(0, len(text), 6000)][:12]
    for k, t in enumerate(parts):
        tag = f'{name}-{k}'
        open(f'fuzz/corpus/analyse/{tag}.txt', 'w', encoding='utf-8').write(t)
        open(f'fuzz/corpus/decode/{tag}.txt', 'wb').write(t.encode('utf-8'))
        open(f'fuzz/corpus/decode/{tag}.gbk', 'wb').write(t.encode('gb18030'))
        open(f'fuzz/corpus/decode/{tag}.u16', 'wb').write(b'\xff\xfe' + t.encode('utf-16-le'))
        xml = W % ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(l) for l in t.split('\n'))
        open(f'fuzz/corpus/docx_xml/{tag}.xml', 'w', encoding='utf-8').write(xml)
        b = io.BytesIO()
        with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('word/document.xml', xml)
        open(f'fuzz/corpus/decode/{tag}.docx', 'wb').write(b.getvalue())
PY
echo "fuzz corpus: $(ls fuzz/corpus/decode | wc -l) decode, $(ls fuzz/corpus/analyse | wc -l) analyse, $(ls fuzz/corpus/docx_xml | wc -l) docx_xml inputs"
