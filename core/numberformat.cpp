// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

namespace CohortLens {

NumberFormat::NumberFormat(const QLocale &locale)
    : m_locale(locale)
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

QString NumberFormat::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString NumberFormat::compact(double value, int maxDecimals) const
{
    QString text = number(value, maxDecimals);
    const QString point = m_locale.decimalPoint();
    if (maxDecimals > 0 && text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString NumberFormat::percent(double percentValue, int decimals) const
{
    // The locale knows where its percent sign goes ("85,7 %" in French).
    const QString digits = number(percentValue, decimals);
    const QString sign = m_locale.percent();
    switch (m_locale.language()) {
    case QLocale::French:
    case QLocale::German:
    case QLocale::Spanish:
        return digits + QChar(0x00a0) + sign;
    default:
        return digits + sign;
    }
}

QString NumberFormat::pValue(double p) const
{
    if (p < 0.001)
        return QStringLiteral("< ") + number(0.001, 3);
    return number(p, 3);
}

QString NumberFormat::fraction(qint64 count, qint64 n) const
{
    return m_locale.toString(count) + u'/' + m_locale.toString(n);
}

} // namespace CohortLens
