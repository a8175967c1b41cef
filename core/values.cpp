// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "values.h"

#include <QByteArray>

#include <array>
#include <charconv>
#include <cmath>

namespace CohortLens::Values {

std::optional<double> parseNumber(std::string_view text)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;
    // from_chars accepts neither a leading '+' nor, by design, a leading '.', but also
    // accepts "inf", "nan" and hex-free forms only with chars_format::general.
    bool negative = false;
    if (text.front() == '+' || text.front() == '-') {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty()
        || !(std::isdigit(static_cast<unsigned char>(text.front())) || text.front() == '.'))
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(),
                                           text.data() + text.size(),
                                           value,
                                           std::chars_format::general);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<double> parseNumber(QStringView text)
{
    // Numbers are ASCII; anything else cannot parse, so a Latin-1 view is enough.
    if (text.size() > 64)
        return std::nullopt;
    std::array<char, 64> buffer{};
    qsizetype n = 0;
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
        buffer[static_cast<std::size_t>(n++)] = static_cast<char>(c.unicode());
    }
    return parseNumber(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
}

std::optional<bool> parseBoolean(QStringView text)
{
    const QStringView t = text.trimmed();
    auto is = [t](QStringView word) { return t.compare(word, Qt::CaseInsensitive) == 0; };
    if (is(u"1") || is(u"yes") || is(u"y") || is(u"true"))
        return true;
    if (is(u"0") || is(u"no") || is(u"n") || is(u"false"))
        return false;
    return std::nullopt;
}

std::optional<Sex> parseSex(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"m", Qt::CaseInsensitive) == 0 || t.compare(u"male", Qt::CaseInsensitive) == 0)
        return Sex::Male;
    if (t.compare(u"f", Qt::CaseInsensitive) == 0 || t.compare(u"female", Qt::CaseInsensitive) == 0)
        return Sex::Female;
    return std::nullopt;
}

std::optional<Arm> parseArm(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"cytoreduction", Qt::CaseInsensitive) == 0)
        return Arm::Cytoreduction;
    if (t.compare(u"medical", Qt::CaseInsensitive) == 0)
        return Arm::Medical;
    return std::nullopt;
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() != 10 || t[4] != u'-' || t[7] != u'-')
        return std::nullopt;
    const QDate date = QDate::fromString(t.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString booleanText(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString sexText(Sex sex)
{
    return sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
}

QString armText(Arm arm)
{
    return arm == Arm::Cytoreduction ? QStringLiteral("cytoreduction") : QStringLiteral("medical");
}

QString numberText(double value)
{
    // Plain digits where people expect them (100000, not 1e+05), exponents only for the
    // very large and very small; shortest exact form either way.
    std::array<char, 400> buffer{};
    const double magnitude = std::abs(value);
    const auto format = value == 0 || (magnitude >= 1e-6 && magnitude < 1e15)
                            ? std::chars_format::fixed
                            : std::chars_format::general;
    const auto [end, ec] = std::to_chars(buffer.data(),
                                         buffer.data() + buffer.size(),
                                         value,
                                         format);
    if (ec != std::errc())
        return QString();
    return QString::fromLatin1(buffer.data(), end - buffer.data());
}

} // namespace CohortLens::Values
