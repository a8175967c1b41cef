// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortfilter.h"
#include "comparisonanalysis.h"
#include "exportfile.h"
#include "kaplanmeierchart.h"
#include "provenanceentry.h"
#include "survivalanalysis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPrinter;
QT_END_NAMESPACE

namespace CohortLens {

struct CohortSnapshot;

// What a report shows: finished results (nothing is computed for it) and where they came
// from.
struct ReportInput
{
    QString sourceName;                // the registry as the user opened it
    QList<ProvenanceEntry> provenance; // the imports that made it: file, SHA-256, rows
    qint64 total = 0;                  // patients in the registry
    bool demo = false;                 // the bundled synthetic registry
    CohortFilter filter;
    SurvivalResult survival;
    std::optional<SurvivalResult> overallSurvival; // everyone as one group, for "Overall"
    std::optional<ComparisonResult> comparison;
    QHash<QString, ComparisonTest> tests; // the test the user chose per comparison variable
    KaplanMeierChartOptions chartOptions;
    bool symptomRelief = true; // the registry has the symptom columns (native schema)
    QDateTime created = QDateTime::currentDateTime();

    // The results of a snapshot with the registry's provenance.
    [[nodiscard]] static ReportInput fromSnapshot(const CohortSnapshot &snapshot,
                                                  const QString &sourceName,
                                                  const QList<ProvenanceEntry> &provenance,
                                                  bool demo);
};

// The one-file report of SPEC §6: title, date, data source (file, SHA-256, rows), the filter
// in words, n per group, the Kaplan-Meier figure with its number-at-risk table, the
// symptom-relief figure, the comparison table with the test of each row and footnotes, and a
// short methods paragraph naming each method and the R function it reproduces. Page header
// and footer with "Page 1 of 3"; a figure is never split across pages, a table that does not
// fit one page continues under a repeated header. Drawn with QPainter on a QPdfWriter (vector,
// fonts embedded) or a QPrinter, in the report's locale.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ReportWriter)

public:
    enum class Paper { A4, Letter };

    explicit ReportWriter(ReportInput input, const QLocale &locale = QLocale());

    void setPaper(Paper paper) { m_paper = paper; }
    [[nodiscard]] Paper paper() const { return m_paper; }
    // Letter where it is the custom (the United States, Canada and a few others), else A4.
    [[nodiscard]] static Paper defaultPaper(const QLocale &locale = QLocale());
    // "a4", "letter" (any case).
    [[nodiscard]] static std::optional<Paper> parsePaper(QStringView key);

    [[nodiscard]] QString title() const;

    // A PDF file, whole or not at all.
    [[nodiscard]] ExportResult writePdf(const QString &path);
    // On a printer the user set up (its paper, its resolution); false when it cannot print.
    bool print(QPrinter *printer);
    // Pages of the last report written or printed.
    [[nodiscard]] int pageCount() const { return m_pages; }

private:
    bool render(QPagedPaintDevice *device);

    ReportInput m_input;
    QLocale m_locale;
    Paper m_paper = Paper::A4;
    int m_pages = 0;
};

} // namespace CohortLens
