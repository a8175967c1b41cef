// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortcolumns.h"
#include "exportfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace CohortLens {

class ComparisonTableModel;

// The window's tables as files and clipboard text (SPEC §6): the comparison panel with the
// test in use on each row, and the patient table's filtered rows.
//
// - CSV: UTF-8 with a byte-order mark (so that spreadsheets read χ² and en dashes right),
//   RFC 4180 quoting, CRLF line ends, numbers with a '.' decimal point whatever the locale.
// - HTML: one standalone page with the table, its title and subtitle (the filter), the notes
//   and a footnote per test used, numbers as the window shows them.
// - Tab-separated text for the clipboard, as shown.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::TableExporter)

public:
    enum class Format { Csv, Html };
    // Whether the patients' CSV keeps who they are, or is de-identified (Deidentifier: IDs
    // replaced by sequence numbers, dates removed, ages over 89 as "90+").
    enum class Privacy { Identified, Deidentified };

    // A test named in the Test column and what it does, for footnotes.
    using Footnote = std::pair<QString, QString>;

    [[nodiscard]] static std::optional<Format> formatOf(const QString &path);
    [[nodiscard]] static QString suffix(Format format); // "csv", "html"

    // One RFC 4180 field: quoted when it holds a comma, quote, CR or LF.
    [[nodiscard]] static QString csvField(const QString &text);
    // A header of several lines ("cytoreduction\nn = 30") on one: "cytoreduction (n = 30)".
    [[nodiscard]] static QString oneLine(const QString &text);

    // Any table model's display text with its header line: CSV or tab-separated. `rows`
    // chooses rows and their order (all, in order, when empty).
    [[nodiscard]] static QString csv(const QAbstractItemModel &model, const QList<int> &rows = {});
    [[nodiscard]] static QString tsv(const QAbstractItemModel &model, const QList<int> &rows = {});

    // The comparison table with the tests the model shows, its numbers in the C locale.
    [[nodiscard]] static QString comparisonCsv(const ComparisonTableModel &model);
    // The comparison table as the window shows it, on a page of its own.
    [[nodiscard]] static QString comparisonHtml(const ComparisonTableModel &model,
                                                const QString &subtitle);
    // The tests the Test column names, in order of first use, each with what it does.
    [[nodiscard]] static QList<Footnote> testFootnotes(const ComparisonTableModel &model);
    // What the cells of the comparison table hold.
    [[nodiscard]] static QString comparisonNote();

    // The patients in the registry's own columns and values (booleans yes/no, numbers with
    // '.'): a file that imports again as a registry. `order` gives the rows as the window
    // sorts them (all, in registry order, when empty). De-identified, the IDs are 1..n in
    // that order.
    [[nodiscard]] static QString patientsCsv(const CohortColumns &patients,
                                             const QList<int> &order = {},
                                             Privacy privacy = Privacy::Identified);
    // The patient table as the window shows it (`model` may be the sorting proxy).
    [[nodiscard]] static QString patientsHtml(const QAbstractItemModel &model,
                                              const QString &subtitle);

    // Writes text as UTF-8, whole or not at all.
    [[nodiscard]] static ExportResult write(const QString &path, const QString &text);
};

} // namespace CohortLens
