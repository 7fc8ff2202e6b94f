"""Builds our lean A4 Word template, resources/orglife-a4.docx (run `python -m exports.docx.template`).

python-docx's own template is US Letter, Cambria and a 30 kB styles part; ours is A4 with the margins of an
official paper (GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), 宋体 for the body, 黑体 for
titles and headings, and a footer 第 x 页 共 y 页 made of PAGE and NUMPAGES fields. The file is built from the
strings below so that it is small, reviewable and the same bytes every time.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "orglife-a4.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

BODY_FONT = "宋体"
TITLE_FONT = "黑体"
LATIN_FONT = "Times New Roman"
# A4 in twips, and the margins of GB/T 9704 (mm * 1440 / 25.4).
PAGE_W, PAGE_H = 11906, 16838
MARGINS = {"top": 2098, "right": 1474, "bottom": 1984, "left": 1588, "header": 851, "footer": 1134}
TEXT_WIDTH = PAGE_W - MARGINS["left"] - MARGINS["right"]
# A listing (the catalogue, Document.compact): margins of 20 mm, the footer 10 mm from the edge, and its table in
# 五号 (10.5 pt) on an exact 14 pt pitch, set as direct formatting (exports.docx.body).
COMPACT_MARGINS = {"top": 1134, "right": 1134, "bottom": 1134, "left": 1134, "header": 567, "footer": 567}
COMPACT_PT, COMPACT_PITCH = 10.5, 14.0


def _fonts(east_asia: str) -> str:
    return (f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:cs="{LATIN_FONT}" '
            f'w:eastAsia="{east_asia}"/>')


def _style(style_id: str, name: str, ppr: str, rpr: str, kind: str = "paragraph") -> str:
    return (f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


STYLES = (
    f'{HEAD}<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>{_fonts(BODY_FONT)}'
    '<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:widowControl/><w:jc w:val="both"/>'
    '<w:spacing w:line="400" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    '</w:tblCellMar></w:tblPr></w:style>'
    + _style("Title", "Title", '<w:jc w:val="center"/><w:spacing w:before="0" w:after="120" w:line="560" '
             'w:lineRule="exact"/>', f'{_fonts(TITLE_FONT)}<w:sz w:val="36"/><w:szCs w:val="36"/>')
    + _style("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="0"/>',
             f'{_fonts(TITLE_FONT)}<w:sz w:val="28"/><w:szCs w:val="28"/>')
    + _style("Heading2", "heading 2", '<w:keepNext/><w:outlineLvl w:val="1"/>', "<w:b/><w:bCs/>")
    + _style("Body", "Body Text", '<w:ind w:firstLineChars="200" w:firstLine="480"/>', "")
    + _style("Plain", "Plain Text", "", "")
    + _style("Right", "Signature", '<w:jc w:val="right"/>', "")
    + _style("TableText", "Table Text", '<w:jc w:val="left"/>', "")
    + _style("TableCenter", "Table Centred", '<w:jc w:val="center"/>', "")
    + _style("TableLabel", "Table Label", '<w:jc w:val="center"/>',
             "<w:b/><w:bCs/>")
    + _style("Signatures", "Signature Line", '<w:keepLines/><w:spacing w:before="600"/>'
             '<w:jc w:val="left"/>', "")
    + _style("Footer", "footer", '<w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/>',
             '<w:sz w:val="21"/><w:szCs w:val="21"/>')
    + "</w:styles>"
)


def _field(instr: str) -> str:
    """A complex field (PAGE / NUMPAGES) as fldChar and instrText runs, with 1 as its last shown result."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} '
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _text(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


FOOTER = (f'{HEAD}<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
          f'{_text("第 ")}{_field("PAGE")}{_text(" 页 共 ")}{_field("NUMPAGES")}{_text(" 页")}</w:p></w:ftr>')

SECTION = (
    f'<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
    f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
    '<w:pgMar ' + " ".join(f'w:{k}="{v}"' for k, v in MARGINS.items()) + ' w:gutter="0"/>'
    '<w:cols w:space="425"/></w:sectPr>'
)
DOCUMENT = f'{HEAD}<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{SECTION}</w:body></w:document>'

SETTINGS = (
    f'{HEAD}<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="420"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    '</w:compat></w:settings>'
)

DOC_RELS = (
    f'{HEAD}<Relationships xmlns="{PKG}/relationships">'
    f'<Relationship Id="rIdStyles" Type="{OFFICE_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rIdSettings" Type="{OFFICE_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rIdFooter1" Type="{OFFICE_REL}/footer" Target="footer1.xml"/></Relationships>'
)
ROOT_RELS = (
    f'{HEAD}<Relationships xmlns="{PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{OFFICE_REL}/officeDocument" Target="word/document.xml"/>'
    f'<Relationship Id="rId2" Type="{PKG}/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{OFFICE_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CONTENT_TYPES = (
    f'{HEAD}<Types xmlns="{PKG}/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{WML}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{WML}.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{WML}.settings+xml"/>'
    f'<Override PartName="/word/footer1.xml" ContentType="{WML}.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'
)
CORE = (
    f'{HEAD}<cp:coreProperties xmlns:cp="{PKG}/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>OrgLife</dc:creator>'
    '<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>'
)
APP = (
    f'{HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>OrgLife</Application></Properties>"
)

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "docProps/core.xml": CORE,
    "docProps/app.xml": APP,
    "word/document.xml": DOCUMENT,
    "word/_rels/document.xml.rels": DOC_RELS,
    "word/styles.xml": STYLES,
    "word/settings.xml": SETTINGS,
    "word/footer1.xml": FOOTER,
}


def build(path: Path = TEMPLATE) -> Path:
    """Write the template, byte for byte the same on every run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return path


if __name__ == "__main__":
    print(build())
