// AppraisalExport's printable forms: one A4 PDF per rep (company header, items table, 360 breakdown,
// calibration, comments, signature lines).

#include "io/AppraisalExport.h"

#include "domain/Review360.h"
#include "io/PdfReport.h"
#include "io/XlsxBook.h"

#include <QCoreApplication>
#include <QDir>

#include <cctype>

namespace sd::io {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("AppraisalExport", text);
}

QString esc(const QString& s)
{
    return PdfReport::escape(s);
}

QString esc(const std::string& s)
{
    return PdfReport::escape(s);
}

QString fixed(const std::optional<Rational>& v, int places)
{
    return v ? QString::fromStdString(v->toFixed(places)) : QStringLiteral("–");
}

QString paragraph(const QString& label, const QString& value)
{
    return QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(label), value.isEmpty() ? QStringLiteral("–") : value);
}

// A file name part: the id with anything but letters, digits, '-', '_' and '.' replaced.
std::string fileSafe(const std::string& id)
{
    std::string out = id;
    for (char& c : out)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
            c = '_';
    return out;
}

QString multiline(const std::string& text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br/>"));
}

} // namespace

void AppraisalExport::writePdfForm(const RepScorecard& card, const std::string& path) const
{
    const Rep& rep = *card.rep;
    const std::string label = m_result.period.label();
    const AppraisalRecord& rec = recordOf(rep.id);
    const QString company = m_index.root() ? QString::fromStdString(m_index.root()->name) : QString();

    QString html = QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(company));
    html += QStringLiteral("<h1>%1</h1>")
                .arg(esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Appraisal form %1"))
                             .arg(QString::fromStdString(label))));
    html += QStringLiteral("<table width=\"100%\"><tr><td>");
    html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Name")),
                      esc(rep.name) + QStringLiteral(" (") + esc(rep.id) + u')');
    html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Org path")), esc(orgPath(rep)));
    html += QStringLiteral("</td><td>");
    html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Role")),
                      esc(roleName(rep.role)) + QStringLiteral(", ") + esc(levelName(rep.level)));
    html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Template")), esc(card.kpiTemplate->code));
    html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "State")), esc(stateName(rec.state)));
    html += QStringLiteral("</td></tr></table>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "KPI items"))));
    QList<QStringList> rows;
    for (std::size_t i = 0; i < card.items.size(); ++i) {
        const ItemScore& s = card.items[i];
        QString score = fixed(s.score, 2);
        if (!s.applicable)
            score = esc(reasonName(s.reason));
        rows << QStringList{esc(kpiName(s.kpi, m_settings)),
                            esc(perspectiveName(s.perspective)),
                            esc(QString::fromStdString(s.weight.toString())),
                            esc(valueText(s.actual, s.unit)),
                            esc(valueText(s.target, s.unit)),
                            esc(valueText(s.attainment, KpiUnit::Ratio)),
                            score};
    }
    html += PdfReport::table({translated(QT_TRANSLATE_NOOP("AppraisalExport", "KPI")),
                              translated(QT_TRANSLATE_NOOP("AppraisalExport", "Perspective")),
                              translated(QT_TRANSLATE_NOOP("AppraisalExport", "Weight")),
                              translated(QT_TRANSLATE_NOOP("AppraisalExport", "Actual")),
                              translated(QT_TRANSLATE_NOOP("AppraisalExport", "Target")),
                              translated(QT_TRANSLATE_NOOP("AppraisalExport", "Attainment")),
                              translated(QT_TRANSLATE_NOOP("AppraisalExport", "Score"))},
                             rows, {false, false, true, true, true, true, true});
    const std::optional<std::string> finalGrade = rec.finalGrade(card.total.grade);
    html += QStringLiteral("<p><b>%1:</b> %2 &nbsp;&nbsp; <b>%3:</b> %4 &nbsp;&nbsp; <b>%5:</b> %6</p>")
                .arg(esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Total"))), fixed(card.total.rounded, 2),
                     esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Scored grade"))),
                     esc(card.total.grade.value_or("–")),
                     esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Grade"))), esc(finalGrade.value_or("–")));

    const Review360Result r360 = review360(reviewsFor(m_index.data().reviews, rep.id, label), m_settings.reviewWeights);
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "360-degree review"))));
    if (r360.kinds.empty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "No reviews for this period."))));
    } else {
        QList<QStringList> kinds;
        for (const Review360Kind& k : r360.kinds)
            kinds << QStringList{esc(reviewerKindName(k.kind)), QString::number(k.reviewers),
                                 QString::fromStdString(k.mean.toFixed(2)), esc(k.weight.toString())};
        html += PdfReport::table({translated(QT_TRANSLATE_NOOP("AppraisalExport", "Reviewer")),
                                  translated(QT_TRANSLATE_NOOP("AppraisalExport", "Reviewers")),
                                  translated(QT_TRANSLATE_NOOP("AppraisalExport", "Mean score")),
                                  translated(QT_TRANSLATE_NOOP("AppraisalExport", "Weight"))},
                                 kinds, {false, true, true, true});
        html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "360 score")), fixed(r360.score, 2));
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Calibration"))));
    if (rec.calibratedGrade)
        html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Grade changed")),
                          esc(card.total.grade.value_or("–")) + QStringLiteral(" → ") + esc(*rec.calibratedGrade))
            + paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Reason")), multiline(rec.calibrationReason));
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Grade not changed at calibration."))));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Comments"))));
    html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Self comment")), multiline(rec.selfComment));
    html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Manager comment")),
                      multiline(rec.managerComment));
    if (const auto d = rec.signOffDate())
        html += paragraph(translated(QT_TRANSLATE_NOOP("AppraisalExport", "Signed off")),
                          esc(*d) + QStringLiteral(" (") + esc(rec.signedOffBy) + u')');

    html += PdfReport::signatureLines({translated(QT_TRANSLATE_NOOP("AppraisalExport", "Employee")),
                                       translated(QT_TRANSLATE_NOOP("AppraisalExport", "Manager")),
                                       translated(QT_TRANSLATE_NOOP("AppraisalExport", "HR"))},
                                      translated(QT_TRANSLATE_NOOP("AppraisalExport", "Date")));

    PdfReport report(
        translated(QT_TRANSLATE_NOOP("AppraisalExport", "Appraisal form %1")).arg(QString::fromStdString(label))
        + QStringLiteral(" — ") + QString::fromStdString(rep.name));
    report.addPage(html);
    report.write(QString::fromStdString(path));
}

std::string AppraisalExport::formFileName(const std::string& period, const std::string& repId)
{
    return period + "_" + fileSafe(repId) + ".pdf";
}

std::vector<std::string> AppraisalExport::writePdfForms(const std::string& dir) const
{
    const QString qdir = QString::fromStdString(dir);
    if (!QDir().mkpath(qdir))
        throw ExportError("cannot create the folder " + dir);
    std::vector<std::string> paths;
    for (const RepScorecard& card : m_result.reps) {
        const std::string path
            = QDir(qdir)
                  .filePath(QString::fromStdString(formFileName(m_result.period.label(), card.rep->id)))
                  .toStdString();
        writePdfForm(card, path);
        paths.push_back(path);
    }
    return paths;
}

} // namespace sd::io
