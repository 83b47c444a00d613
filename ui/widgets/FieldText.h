#pragma once

class QLineEdit;
class QString;

// A record's value shown in a line edit of a form.
namespace FieldText {

// Replaces the text only when it differs (an unchanged field keeps the operator's cursor
// and selection) and shows a text too long for the field from its start: setText() leaves
// the cursor at the end, and a narrow form showed the tail of a name or an id.
void show(QLineEdit *edit, const QString &text);

} // namespace FieldText
