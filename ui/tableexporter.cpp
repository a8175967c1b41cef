// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexporter.h"

#include "comparisonformatter.h"
#include "comparisontablemodel.h"
#include "deidentifier.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace CohortLens {

namespace {

const QString crlf = QStringLiteral("\r\n");

QList<int> allRows(const QAbstractItemModel &model, const QList<int> &rows)
{
    if (!rows.isEmpty())
        return rows;
    QList<int> all;
    for (int r = 0; r < model.rowCount(); ++r)
        all << r;
    return all;
}

QString display(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

QString header(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString tsvField(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

// A plain number with a '.' and no exponent for the sizes a registry holds.
QString plainNumber(double value)
{
    if (std::isfinite(value) && std::abs(value) < 1e15 && value == std::round(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

QString htmlPage(const QString &title, const QString &body)
{
    const QString style = QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; "
        "font-size: 10pt; color: #222; margin: 2em; }\n"
        "h1 { font-size: 14pt; margin-bottom: 0.2em; }\n"
        "p.subtitle { color: #555; margin-top: 0; }\n"
        "table { border-collapse: collapse; margin: 1em 0; }\n"
        "th, td { padding: 3px 10px; vertical-align: top; }\n"
        "thead th { border-top: 1.5px solid #000; border-bottom: 1px solid #000; "
        "text-align: center; }\n"
        "thead th.text { text-align: left; }\n"
        "tbody tr:last-child td { border-bottom: 1.5px solid #000; }\n"
        "td.num { text-align: center; white-space: nowrap; }\n"
        "td.text { text-align: left; }\n"
        "td.detail { padding-left: 2em; }\n"
        "tr.section td { background: #e6eff6; }\n"
        "tr.section td.text:first-child { font-weight: bold; }\n"
        "p.note, ol.footnotes { color: #444; font-size: 9pt; max-width: 60em; }\n");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n%4</body>\n"
                          "</html>\n")
        .arg(QLocale().bcp47Name().toHtmlEscaped(), title.toHtmlEscaped(), style, body);
}

QString footnoteMark(qsizetype index)
{
    // a, b, …, z, then aa, ab, … (no table names that many tests).
    QString mark;
    qsizetype n = index;
    do {
        mark.prepend(QChar(u'a' + static_cast<char16_t>(n % 26)));
        n = n / 26 - 1;
    } while (n >= 0);
    return mark;
}

} // namespace

std::optional<TableExporter::Format> TableExporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    return std::nullopt;
}

QString TableExporter::suffix(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("html");
}

QString TableExporter::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString TableExporter::oneLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return text.trimmed();
    return QStringLiteral("%1 (%2)").arg(lines.constFirst().trimmed(),
                                         lines.mid(1).join(QStringLiteral(", ")).trimmed());
}

QString TableExporter::csv(const QAbstractItemModel &model, const QList<int> &rows)
{
    QString out;
    QStringList fields;
    for (int c = 0; c < model.columnCount(); ++c)
        fields << csvField(oneLine(header(model, c)));
    out += fields.join(u',') + crlf;
    for (const int r : allRows(model, rows)) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            fields << csvField(display(model, r, c).trimmed());
        out += fields.join(u',') + crlf;
    }
    return out;
}

QString TableExporter::tsv(const QAbstractItemModel &model, const QList<int> &rows)
{
    QString out;
    QStringList fields;
    for (int c = 0; c < model.columnCount(); ++c)
        fields << tsvField(oneLine(header(model, c)));
    out += fields.join(u'\t') + u'\n';
    for (const int r : allRows(model, rows)) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            fields << tsvField(display(model, r, c));
        out += fields.join(u'\t') + u'\n';
    }
    return out;
}

QString TableExporter::comparisonCsv(const ComparisonTableModel &model)
{
    // The same table in the C locale: "85.7%", "0.064", whatever the window's language.
    ComparisonTableModel plain;
    plain.setLocale(QLocale::c());
    plain.setResults(model.comparison(),
                     model.survival().value_or(SurvivalResult()),
                     model.overallSurvival());
    for (const ComparisonRow &row : model.comparison().rows) {
        if (const auto test = model.test(row.variable))
            plain.setTest(row.variable, *test);
    }
    return csv(plain);
}

QList<TableExporter::Footnote> TableExporter::testFootnotes(const ComparisonTableModel &model)
{
    QList<Footnote> notes;
    const int column = model.testColumn();
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex index = model.index(r, column);
        const QString name = index.data().toString();
        if (name.isEmpty())
            continue;
        if (std::any_of(notes.cbegin(), notes.cend(), [&](const Footnote &n) {
                return n.first == name;
            }))
            continue;
        QString description;
        const QVariant test = index.data(ComparisonTableModel::TestRole);
        if (test.isValid())
            description = ComparisonTableModel::testDescription(test.value<ComparisonTest>());
        else if (index.data(ComparisonTableModel::VariableRole).toString().isEmpty())
            description = index.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0); // survival
        if (description.isEmpty())
            continue; // "no test" on a comparison row: nothing to explain
        notes.append({name, description});
    }
    return notes;
}

QString TableExporter::comparisonNote()
{
    return tr("Counts are n/N (%) of the patients with a value; continuous values mean (SD), "
              "median (interquartile range) and range; survival estimates with their confidence "
              "interval. NR: not reached. p-values are two-sided.");
}

QString TableExporter::comparisonHtml(const ComparisonTableModel &model, const QString &subtitle)
{
    const QList<Footnote> notes = testFootnotes(model);
    const auto markOf = [&](const QString &name) -> QString {
        for (qsizetype i = 0; i < notes.size(); ++i) {
            if (notes.at(i).first == name)
                return footnoteMark(i);
        }
        return {};
    };

    const QString title = tr("Comparison of the groups");
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());
    if (!subtitle.isEmpty())
        body += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(subtitle.toHtmlEscaped());
    body += QStringLiteral("<table>\n<thead>\n<tr>");
    for (int c = 0; c < model.columnCount(); ++c) {
        const bool text = c == ComparisonTableModel::VariableColumn || c == model.testColumn();
        QString cell = header(model, c).toHtmlEscaped();
        cell.replace(u'\n', QStringLiteral("<br>"));
        body += QStringLiteral("<th%1>%2</th>")
                    .arg(text ? QStringLiteral(" class=\"text\"") : QString(), cell);
    }
    body += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto kind = model.index(r, 0)
                              .data(ComparisonTableModel::LineKindRole)
                              .value<ComparisonTableModel::LineKind>();
        body += kind == ComparisonTableModel::LineKind::Section
                    ? QStringLiteral("<tr class=\"section\">")
                    : QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString raw = display(model, r, c);
            QString cls;
            QString content = raw.trimmed().toHtmlEscaped();
            if (c == ComparisonTableModel::VariableColumn) {
                cls = raw.startsWith(u' ') ? QStringLiteral("text detail") : QStringLiteral("text");
            } else if (c == model.testColumn()) {
                cls = QStringLiteral("text");
                const QString mark = markOf(raw.trimmed());
                if (!mark.isEmpty())
                    content += QStringLiteral("<sup>%1</sup>").arg(mark);
            } else {
                cls = QStringLiteral("num");
            }
            body += QStringLiteral("<td class=\"%1\">%2</td>").arg(cls, content);
        }
        body += QStringLiteral("</tr>\n");
    }
    body += QStringLiteral("</tbody>\n</table>\n");
    body += QStringLiteral("<p class=\"note\">%1</p>\n").arg(comparisonNote().toHtmlEscaped());
    if (!notes.isEmpty()) {
        body += QStringLiteral("<ol class=\"footnotes\" type=\"a\">\n");
        for (const Footnote &note : notes)
            body += QStringLiteral("<li><b>%1</b>: %2</li>\n")
                        .arg(note.first.toHtmlEscaped(), note.second.toHtmlEscaped());
        body += QStringLiteral("</ol>\n");
    }
    return htmlPage(title, body);
}

QString TableExporter::patientsCsv(const CohortColumns &patients,
                                   const QList<int> &order,
                                   Privacy privacy)
{
    if (privacy == Privacy::Deidentified)
        return patientsCsv(Deidentifier::deidentify(patients, order));
    QString out;
    QStringList fields;
    for (const QString &name : patients.names)
        fields << csvField(name);
    out += fields.join(u',') + crlf;
    QList<int> rows = order;
    if (rows.isEmpty()) {
        for (int r = 0; r < patients.rows.size(); ++r)
            rows << r;
    }
    for (const int r : std::as_const(rows)) {
        fields.clear();
        for (const CohortColumn &column : patients.values) {
            const QVariant value = column.value(r);
            if (!value.isValid())
                fields << QString();
            else if (value.typeId() == QMetaType::Double)
                fields << plainNumber(value.toDouble());
            else
                fields << csvField(value.toString());
        }
        out += fields.join(u',') + crlf;
    }
    return out;
}

QString TableExporter::patientsHtml(const QAbstractItemModel &model, const QString &subtitle)
{
    const QString title = tr("Patients");
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());
    QString line = tr("n = %1").arg(QLocale().toString(model.rowCount()));
    if (!subtitle.isEmpty())
        line = subtitle + QStringLiteral(" · ") + line;
    body += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(line.toHtmlEscaped());
    body += QStringLiteral("<table>\n<thead>\n<tr>");
    for (int c = 0; c < model.columnCount(); ++c)
        body += QStringLiteral("<th>%1</th>").arg(header(model, c).toHtmlEscaped());
    body += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        body += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant align = model.index(r, c).data(Qt::TextAlignmentRole);
            const bool left = !align.isValid()
                              || (align.toInt() & Qt::AlignHorizontal_Mask) == Qt::AlignLeft;
            body += QStringLiteral("<td class=\"%1\">%2</td>")
                        .arg(left ? QStringLiteral("text") : QStringLiteral("num"),
                             display(model, r, c).toHtmlEscaped());
        }
        body += QStringLiteral("</tr>\n");
    }
    body += QStringLiteral("</tbody>\n</table>\n");
    body += QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(tr("✓ yes, — no; an empty cell has no value in the registry.").toHtmlEscaped());
    return htmlPage(title, body);
}

ExportResult TableExporter::write(const QString &path, const QString &text)
{
    ExportFile file(path);
    if (!file.open())
        return file.result();
    QByteArray bytes;
    if (formatOf(path) == Format::Csv)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF"); // UTF-8 byte-order mark, for spreadsheets
    bytes += text.toUtf8();
    if (file.device()->write(bytes) != bytes.size())
        file.fail(file.device()->errorString());
    return file.commit();
}

} // namespace CohortLens
