// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <ksyntaxhighlighting_version.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

QString AboutDialog::componentVersions() {
    return tr("Qt %1, KF6 SyntaxHighlighting %2, md4c %3")
        .arg(QString::fromLatin1(qVersion()), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
             QStringLiteral(GOPREP_MD4C_VERSION));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("About GoPrep"));
    setObjectName(u"aboutDialog"_s);
    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(false);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(u"<h2>GoPrep %1</h2><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
        QStringLiteral(GOPREP_VERSION),
        tr("A study companion for a practical Go interview guide: read the guide, drill its flashcards "
           "and track your readiness, fully offline."),
        componentVersions().toHtmlEscaped(), tr("License: GNU General Public License, version 3 or later.")));
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace goprep::ui
