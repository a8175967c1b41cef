// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace CohortLens {

MethodsDialog::MethodsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("methodsDialog"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("methodsText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(markdown());
    // Room for the formulas and tables without a horizontal scroll bar.
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_browser->document()->setDocumentMargin(em);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    resize(std::min(60 * em, screen.width() * 9 / 10), std::min(50 * em, screen.height() * 9 / 10));
    retranslateUi();
}

QString MethodsDialog::markdown()
{
    QFile file(QStringLiteral(":/docs/methods.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The methods document is missing from this build.");
    return QString::fromUtf8(file.readAll());
}

void MethodsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MethodsDialog::retranslateUi()
{
    setWindowTitle(tr("Statistical Methods"));
}

} // namespace CohortLens
