// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace goprep::core {

class AppSettings;
class Guide;

// Ticks of the final checklist, each with the time it was made. A reset can be undone.
class ChecklistProgress final : public QObject {
    Q_OBJECT
public:
    explicit ChecklistProgress(AppSettings &settings, QObject *parent = nullptr);
    // Ticks stored under an id the guide renamed (content/renames.txt) move to the new id.
    ChecklistProgress(AppSettings &settings, const Guide &guide, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChecklistProgress)

    bool isChecked(const QString &itemId) const { return m_checked.contains(itemId); }
    QDateTime checkedAt(const QString &itemId) const { return m_checked.value(itemId); }
    void setChecked(const QString &itemId, bool checked, const QDateTime &now);
    int checkedCount(const QStringList &itemIds) const;

    void reset();
    bool canUndoReset() const { return !m_beforeReset.isEmpty(); }
    void undoReset();

    // Reads the ticks again after another writer (an import) changed the settings; forgets a pending undo.
    void reload();

Q_SIGNALS:
    void changed();

private:
    void load();
    void save();

    AppSettings &m_settings;
    const Guide *m_guide = nullptr;      // for content/renames.txt; none: ids are taken as stored
    QHash<QString, QDateTime> m_checked; // ids not in the content are kept as they are
    QHash<QString, QDateTime> m_beforeReset;
};

} // namespace goprep::core
