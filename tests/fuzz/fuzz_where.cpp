// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: WhereCondition::parse on any text, the bytes read as UTF-8 and as
// UTF-16 (lone surrogates and all). A rejected condition says why; a parsed one has a
// trimmed column without an operator in it and a value, and its toString() reads back as
// the same condition.
#include "fuzzcheck.h"
#include "wherecondition.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace CohortLens;
using Fuzz::check;

namespace {

bool isOperatorChar(QChar c)
{
    return c == u'=' || c == u'!' || c == u'<' || c == u'>';
}

void checkText(QStringView text)
{
    QString error;
    const std::optional<WhereCondition> condition = WhereCondition::parse(text, &error);
    check(condition == WhereCondition::parse(text, nullptr),
          "the result does not depend on asking for the error");
    if (!condition) {
        check(!error.isEmpty(), "a rejected condition says why");
        return;
    }
    check(error.isEmpty(), "a parsed condition has no error");
    check(!condition->column.isEmpty() && condition->column == condition->column.trimmed(),
          "the column is trimmed and not empty");
    for (const QChar c : condition->column)
        check(!isOperatorChar(c), "the column holds no operator");
    check(!condition->value.isEmpty(), "the value is not empty");
    check(!WhereCondition::opText(condition->op).isEmpty(), "the operator has a text");

    const QString canonical = condition->toString();
    QString backError;
    const std::optional<WhereCondition> back = WhereCondition::parse(canonical, &backError);
    check(back.has_value(), "toString() parses");
    check(*back == *condition, "toString() reads back as the same condition");
    check(back->toString() == canonical, "toString() is canonical");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    checkText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));

    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, size / 2 * sizeof(char16_t));
    checkText(utf16);
    return 0;
}
