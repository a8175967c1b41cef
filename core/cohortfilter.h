// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wherecondition.h"

#include <QList>
#include <QString>

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

// Which patients to analyse: a presentation and any number of ANDed conditions.
struct CohortFilter
{
    Presentation presentation = Presentation::Any;
    QList<WhereCondition> conditions;

    [[nodiscard]] bool isEmpty() const
    {
        return presentation == Presentation::Any && conditions.isEmpty();
    }

    // "any", "cs", "obstruction", "both", "cs-only", "obstruction-only".
    [[nodiscard]] static std::optional<Presentation> parsePresentation(QStringView key);
    [[nodiscard]] static QString presentationKey(Presentation presentation);

    friend bool operator==(const CohortFilter &, const CohortFilter &) = default;
};

} // namespace CohortLens
