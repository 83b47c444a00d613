#include "domain/TextRules.h"

#include <QChar>
#include <QList>

namespace {

// Characters drawn as nothing: spaces, controls, format characters (U+200B zero-width
// space, U+200C/D joiners, U+2060 word joiner, U+FEFF, U+00AD soft hyphen…), variation
// selectors and the Hangul and Braille "blank" letters that fonts draw empty.
bool isInvisible(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
        return true;
    default:
        break;
    }
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)) // variation selectors
        return true;
    return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
}

} // namespace

bool TextRules::isBlank(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (!isInvisible(c))
            return false;
    }
    return true;
}
