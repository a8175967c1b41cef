// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wherecondition.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace CohortLens {

// Presentation at diagnosis, the surgeon's first filter (SPEC §4 --presentation).
enum class Presentation {
    Any,
    CarcinoidSyndrome, // CS, with or without obstruction
    Obstruction,       // obstruction, with or without CS
    Both,
    CarcinoidSyndromeOnly,
    ObstructionOnly,
};

// Which patients to analyse: everything set here must hold (AND). The window's filters
// fill the named members; the command line's --where conditions go to `conditions`. An
// empty list or an empty bound means "no restriction"; a patient whose cell is empty
// fails any restriction on that column (SPEC §4: an empty cell satisfies no comparison).
struct CohortFilter
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::CohortFilter)

public:
    Presentation presentation = Presentation::Any;
    QStringList arms;             // any of these arms (native arm text)
    QStringList sexes;            // any of "M", "F"
    std::optional<double> ageMin; // inclusive bounds, years
    std::optional<double> ageMax;
    QStringList primarySites;          // any of these sites, as written
    QString idSearch;                  // part of patient_id, any case
    std::optional<double> followUpMin; // inclusive bounds, months
    std::optional<double> followUpMax;
    QList<WhereCondition> conditions;

    [[nodiscard]] bool isEmpty() const;

    // The filter in words, for the subtitle of each chart and the report:
    // "Carcinoid syndrome without obstruction; age 40–70; cytoreduction". "All patients"
    // for an empty filter. Numbers in the given locale.
    [[nodiscard]] QString description(const QLocale &locale = QLocale()) const;

    // "any", "cs", "obstruction", "both", "cs-only", "obstruction-only".
    [[nodiscard]] static std::optional<Presentation> parsePresentation(QStringView key);
    [[nodiscard]] static QString presentationKey(Presentation presentation);
    // "Carcinoid syndrome without obstruction", translated.
    [[nodiscard]] static QString presentationName(Presentation presentation);

    friend bool operator==(const CohortFilter &, const CohortFilter &) = default;
};

} // namespace CohortLens
