// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistprogress.h"
#include "appsettings.h"
#include "guide.h"

using namespace Qt::StringLiterals;

namespace goprep::core {

ChecklistProgress::ChecklistProgress(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    load();
}

ChecklistProgress::ChecklistProgress(AppSettings &settings, const Guide &guide, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_guide(&guide) {
    load();
}

void ChecklistProgress::load() {
    m_checked.clear();
    QSettings &store = m_settings.settings();
    store.beginGroup(QLatin1StringView(keys::checklistGroup));
    const QStringList ids = store.childKeys();
    bool renamed = false;
    for (const QString &storedId : ids) {
        const QString id = m_guide ? m_guide->currentId(storedId) : storedId;
        const QDateTime when = QDateTime::fromString(store.value(storedId).toString(), Qt::ISODateWithMs);
        // An unreadable date still means "checked"; the date is simply unknown.
        const QDateTime at = when.isValid() ? when.toUTC() : QDateTime();
        if (id == storedId) {
            m_checked.insert(id, at);
        } else {
            renamed = true;
            // A tick already stored under the new id wins: it was made with the new content.
            if (!ids.contains(id))
                m_checked.insert(id, at);
        }
    }
    store.endGroup();
    if (renamed)
        save(); // moves the ticks to their new ids in one sync
}

void ChecklistProgress::reload() {
    load();
    m_beforeReset.clear();
    Q_EMIT changed();
}

void ChecklistProgress::setChecked(const QString &itemId, bool checked, const QDateTime &now) {
    if (isChecked(itemId) == checked)
        return;
    if (checked)
        m_checked.insert(itemId, now.toUTC());
    else
        m_checked.remove(itemId);
    m_beforeReset.clear(); // a new tick makes an old reset's undo meaningless
    save();
}

int ChecklistProgress::checkedCount(const QStringList &itemIds) const {
    int count = 0;
    for (const QString &id : itemIds)
        count += isChecked(id) ? 1 : 0;
    return count;
}

void ChecklistProgress::reset() {
    if (m_checked.isEmpty())
        return;
    m_beforeReset = std::exchange(m_checked, {});
    save();
}

void ChecklistProgress::undoReset() {
    if (m_beforeReset.isEmpty())
        return;
    m_checked = std::exchange(m_beforeReset, {});
    save();
}

void ChecklistProgress::save() {
    QSettings &store = m_settings.settings();
    store.remove(QLatin1StringView(keys::checklistGroup));
    store.beginGroup(QLatin1StringView(keys::checklistGroup));
    for (auto it = m_checked.cbegin(); it != m_checked.cend(); ++it)
        store.setValue(it.key(),
                       it.value().isValid() ? it.value().toString(Qt::ISODateWithMs) : u"checked"_s);
    store.endGroup();
    m_settings.sync();
    Q_EMIT changed();
}

} // namespace goprep::core
