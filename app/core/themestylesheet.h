// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QString>

namespace goprep::core {

// CSS for the "hl-*" classes and the code block frame, generated from a KSyntaxHighlighting theme.
QString themeStylesheet(const KSyntaxHighlighting::Theme &theme);

} // namespace goprep::core
