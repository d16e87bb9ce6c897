#include "io/PdfReport.h"

#include "io/XlsxBook.h"

#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

#include <random>

namespace sd::io {

namespace {

const char* const kStyleSheet = R"(
body { font-size: 9pt; color: #1c2430; }
h1 { font-size: 15pt; margin: 0 0 4px 0; }
h2 { font-size: 11.5pt; margin: 12px 0 4px 0; color: #24476b; }
p { margin: 2px 0; }
.muted { color: #5b6675; }
table.grid { border-collapse: collapse; margin: 4px 0; }
table.grid th { background-color: #dde4ee; font-weight: bold; padding: 3px 5px; border: 1px solid #9aa7b8; }
table.grid td { padding: 2px 5px; border: 1px solid #c3ccd8; }
td.num, th.num { text-align: right; }
table.sign td { padding: 18px 14px 2px 0; }
)";

QString fontFamily()
{
    // A family with CJK glyphs, so Chinese names print instead of boxes.
    const QStringList families = QFontDatabase::families();
    for (const char* wanted : {"Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei",
                               "PingFang SC", "WenQuanYi Micro Hei"}) {
        const QString name = QString::fromLatin1(wanted);
        if (families.contains(name))
            return name;
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

} // namespace

PdfReport::PdfReport(QString title)
    : m_title(std::move(title))
{
}

void PdfReport::addPage(const QString& bodyHtml)
{
    m_pages.append(bodyHtml);
}

QString PdfReport::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString PdfReport::escape(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString PdfReport::table(const QStringList& header, const QList<QStringList>& rows, const QList<bool>& alignRight)
{
    const auto cls = [&alignRight](qsizetype c) {
        return c < alignRight.size() && alignRight[c] ? QStringLiteral(" class=\"num\"") : QString();
    };
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>");
    for (qsizetype c = 0; c < header.size(); ++c)
        html += QStringLiteral("<th%1>%2</th>").arg(cls(c), escape(header[c]));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c)
            html += QStringLiteral("<td%1>%2</td>").arg(cls(c), row[c]);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    return html;
}

QString PdfReport::signatureLines(const QStringList& roles, const QString& dateLabel)
{
    QString html = QStringLiteral("<table class=\"sign\" width=\"100%\"><tr>");
    for (const QString& role : roles)
        html += QStringLiteral("<td>%1: ____________________<br/>%2: ____________</td>").arg(escape(role), escape(dateLabel));
    html += QStringLiteral("</tr></table>");
    return html;
}

void PdfReport::write(const QString& path) const
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw ExportError("printing needs a QGuiApplication: " + path.toStdString());

    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>")
                       .arg(escape(m_title));
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (i > 0)
            html += QStringLiteral("<div style=\"page-break-before: always;\"></div>");
        html += m_pages[i];
    }
    html += QStringLiteral("</body></html>");

    const QString tempPath = path + QStringLiteral(".tmp-%1").arg(std::random_device{}() % 1000000);
    {
        QPdfWriter writer(tempPath);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Salesdesk"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        // Lay out with the writer's resolution: otherwise fonts are measured at the screen's DPI and print at a
        // third of their size on the 300 dpi page.
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(fontFamily());
        font.setPointSizeF(9);
        // No OpenType substitutions: shaped digit alternates have no ToUnicode entry, so pdftotext and copy/paste
        // lost the digits of text mixed with letters ("O5" read as "O ").
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setDefaultStyleSheet(QString::fromLatin1(kStyleSheet));
        document.setHtml(html);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    }
    QFile temp(tempPath);
    if (!temp.exists() || temp.size() == 0) {
        temp.remove();
        throw ExportError("cannot write " + path.toStdString());
    }
    QFile::remove(path);
    if (!temp.rename(path)) {
        temp.remove();
        throw ExportError("cannot write " + path.toStdString() + ": " + temp.errorString().toStdString());
    }
}

} // namespace sd::io
