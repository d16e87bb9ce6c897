#pragma once

#include <QString>
#include <QStringList>

namespace sd::io {

// A printable A4 document (appraisal forms, statements, the weekly review, the meeting pack) built from simple
// HTML pages and rendered by Qt's text engine with a font that has Chinese glyphs (Noto Sans CJK when installed).
// Each page starts on a new sheet; long tables flow on. Needs a QGuiApplication (salesctl makes one for the
// commands that print, on the offscreen platform). Written to a temporary file and renamed, so a failure leaves
// nothing behind.
class PdfReport
{
public:
    explicit PdfReport(QString title);

    // One page of HTML body content (h1/h2/p/table; the shared style sheet below styles them).
    void addPage(const QString& bodyHtml);
    int pageCount() const { return int(m_pages.size()); }
    // Renders and writes the document; throws ExportError on failure.
    void write(const QString& path) const;

    // HTML-escapes text for a page.
    static QString escape(const QString& text);
    static QString escape(const std::string& text);
    // A table: header cells, rows of cells (already escaped HTML), optional per-column right alignment.
    static QString table(const QStringList& header, const QList<QStringList>& rows, const QList<bool>& alignRight = {});
    // Signature lines ("Employee", "Manager", "HR") with a date line under each.
    static QString signatureLines(const QStringList& roles, const QString& dateLabel);

private:
    QString m_title;
    QStringList m_pages;
};

} // namespace sd::io
