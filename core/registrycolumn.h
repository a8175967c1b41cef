// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace CohortLens {

// A column of a stored registry as filters and views see it.
struct RegistryColumn
{
    // How values are stored and compared.
    enum class Kind {
        Text,    // text; compared as numbers when both sides are numbers
        Number,  // a stored number
        Boolean, // 0/1, shown and matched as yes/no
        Sex,     // M/F
        Arm,     // cytoreduction/medical
    };

    QString name;    // as the registry file names it
    QString sqlName; // the column in the patients table, never taken from user input
    Kind kind = Kind::Text;
    bool native = false;

    friend bool operator==(const RegistryColumn &, const RegistryColumn &) = default;
};

using RegistryColumns = QList<RegistryColumn>;

} // namespace CohortLens
