// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenanceentry.h"

namespace CohortLens {

QString ProvenanceEntry::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Create:
        return QStringLiteral("create");
    case Mode::Replace:
        return QStringLiteral("replace");
    case Mode::Append:
        return QStringLiteral("append");
    }
    return {};
}

} // namespace CohortLens
