#pragma once

#include <QString>
#include <stdexcept>

namespace memescope {

// The one error type of MemeScope: something the user can act on. The message is written for the user and
// names the file (or setting) and the problem; file() is that file when there is one. The store, the
// engines, OCR, reports and the CLI derive their own kinds from it so callers catch one type.
class Error : public std::runtime_error {
public:
    explicit Error(const QString& message)
        : std::runtime_error(message.toStdString())
        , message_(message) {}
    // "file: problem"
    Error(const QString& file, const QString& problem)
        : Error(file.isEmpty() ? problem : file + QStringLiteral(": ") + problem) {
        file_ = file;
    }
    const QString& message() const { return message_; }
    const QString& file() const { return file_; }

private:
    QString message_, file_;
};

} // namespace memescope
