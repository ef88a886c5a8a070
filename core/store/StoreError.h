#pragma once

#include <QString>
#include <stdexcept>

namespace memescope {

// Any failure of the project store or of file input/output. The message is meant for the user: it names
// the file and says what is wrong with it.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString& message)
        : std::runtime_error(message.toStdString())
        , message_(message) {}
    const QString& message() const { return message_; }

private:
    QString message_;
};

} // namespace memescope
