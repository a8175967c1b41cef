// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTextBrowser;
QT_END_NAMESPACE

namespace CohortLens {

// Help ▸ Statistical methods: docs/methods.md, embedded at build time, rendered as rich
// text with its table of contents links working. The document is in English, the language
// of the references it cites.
class MethodsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MethodsDialog(QWidget *parent = nullptr);

    // The embedded document, as Markdown.
    [[nodiscard]] static QString markdown();
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser = nullptr;
};

} // namespace CohortLens
