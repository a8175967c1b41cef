// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace CohortLens {

// Numbers as people read them, in the user's locale (a decimal comma in German, French
// and Spanish): for the window, the readable command-line output, exports and the report.
// Machine formats (JSON, CSV) never go through here.
class NumberFormat
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::NumberFormat)

public:
    explicit NumberFormat(const QLocale &locale = QLocale());

    // Fixed decimals: 47.0, 0.74.
    [[nodiscard]] QString number(double value, int decimals) const;
    // At most maxDecimals, without trailing zeros: 12, 30.5, 0.25.
    [[nodiscard]] QString compact(double value, int maxDecimals) const;
    // 85.7% (85,7 % in French and German).
    [[nodiscard]] QString percent(double percentValue, int decimals) const;
    // Three decimals, "< 0.001" below: 0.064.
    [[nodiscard]] QString pValue(double p) const;
    // "24/28"
    [[nodiscard]] QString fraction(qint64 count, qint64 n) const;

    [[nodiscard]] const QLocale &locale() const { return m_locale; }

private:
    QLocale m_locale;
};

} // namespace CohortLens
