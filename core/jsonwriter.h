// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace CohortLens {

// Writes JSON text with keys in the order given (as SPEC §4 shows them), two-space
// indentation, and numbers in their shortest exact form without a locale. A number that
// is not finite, or an empty optional, is written as null (JSON has no NaN).
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // The key of the next value inside an object.
    JsonWriter &key(const char *name);

    JsonWriter &value(double number);
    JsonWriter &value(const std::optional<double> &number);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(std::size_t number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *text) { return value(QString::fromUtf8(text)); }
    JsonWriter &null();

    // key(name).value(v) in one call.
    template<typename T>
    JsonWriter &field(const char *name, const T &v)
    {
        return key(name).value(v);
    }

    [[nodiscard]] QByteArray data() const { return m_data + '\n'; }

private:
    void beforeValue();
    void newline();

    QByteArray m_data;
    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace CohortLens
