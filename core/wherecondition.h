// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringView>

#include <optional>

namespace CohortLens {

// One `--where COL OP VALUE` condition (SPEC §4). It is only ever turned into SQL with
// the value as a bound parameter and the column looked up among the registry's own.
struct WhereCondition
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::WhereCondition)

public:
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

    QString column;
    Op op = Op::Equal;
    QString value;

    // Parses "age>=60", "primary_site = small_bowel", "arm != 'medical'". Spaces around
    // the operator are optional; a value in matching quotes loses them.
    [[nodiscard]] static std::optional<WhereCondition> parse(QStringView text, QString *error);

    [[nodiscard]] static QString opText(Op op);
    [[nodiscard]] QString toString() const;

    friend bool operator==(const WhereCondition &, const WhereCondition &) = default;
};

} // namespace CohortLens
