// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace CohortLens {

enum class Arm { Cytoreduction, Medical };
enum class Sex { Male, Female };

// Parsing of cell text as the registry format defines it (SPEC §2). Locale-independent:
// a registry file means the same thing on every machine.
namespace Values {

// A finite decimal number with '.' as separator ("12", "-3.5", "1e3"); surrounding
// spaces allowed. No thousands separators, no inf/nan, no hexadecimal.
[[nodiscard]] std::optional<double> parseNumber(QStringView text);
[[nodiscard]] std::optional<double> parseNumber(std::string_view utf8);

// 1/0, yes/no, y/n, true/false in any case.
[[nodiscard]] std::optional<bool> parseBoolean(QStringView text);
// M/F, male/female in any case.
[[nodiscard]] std::optional<Sex> parseSex(QStringView text);
// cytoreduction/medical in any case.
[[nodiscard]] std::optional<Arm> parseArm(QStringView text);
// ISO 8601 calendar date, YYYY-MM-DD.
[[nodiscard]] std::optional<QDate> parseIsoDate(QStringView text);

// The canonical text of a value, as stored and shown ("yes", "M", "cytoreduction").
[[nodiscard]] QString booleanText(bool value);
[[nodiscard]] QString sexText(Sex sex);
[[nodiscard]] QString armText(Arm arm);
// Shortest text that reads back as the same double, without a locale ("12", "58.5",
// "100000"); an exponent only below 1e-6 or from 1e15 on.
[[nodiscard]] QString numberText(double value);

} // namespace Values
} // namespace CohortLens
