#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

// Where a setting belongs: what a reset of that part of the app clears, and where a
// reader of the settings file finds it.
enum class SettingScope {
    Window,   // geometry, splitters, column layouts, recent files: per user, per machine
    Sync,     // the server profile
    Secrets,  // tokens the user chose to keep in the settings file
    Database, // how the local database behaves (history length)
};

// One key of the settings file with its type and default, declared once in Settings.h.
// Reading never fails: a missing or unconvertible value reads as the default.
template <typename T>
class SettingKey
{
public:
    SettingKey(const char *name, T defaultValue, SettingScope scope)
        : m_name(QString::fromLatin1(name)), m_default(std::move(defaultValue)), m_scope(scope)
    {
    }

    QString name() const { return m_name; }
    T defaultValue() const { return m_default; }
    SettingScope scope() const { return m_scope; }

    T get() const
    {
        // A value edited by hand into something else ("abc" for a number) reads as the
        // default, not as a zero.
        QVariant stored = QSettings().value(m_name);
        if (!stored.isValid() || !stored.convert(QMetaType::fromType<T>()))
            return m_default;
        return stored.value<T>();
    }
    void set(const T &value) const { QSettings().setValue(m_name, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_name); }

private:
    QString m_name;
    T m_default;
    SettingScope m_scope;
};
