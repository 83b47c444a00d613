#pragma once

// The identities and names of the seed document every sync test starts from
// (tests/data/import-both.json: three service tasks, two series), and the keys under
// which the reference server counts the requests it received (its stats).

#include <QString>

namespace Seed {

// Service tasks.
inline const QString kSeedId = QStringLiteral("380daae6-016c-cdd4-606e-50e54938780c");
inline const QString kSeedName = QStringLiteral("Обзвон должников");
inline const QString kOtherId = QStringLiteral("86228b15-016c-cdef-ccce-50e54938780c");

// Series: "task 1" with "step 1" [action 1, action 2], and the recurring patrol.
inline const QString kTaskOne = QStringLiteral("475c2d64-b564-4f17-9833-ac3793ee43b4");
inline const QString kTaskOneStep = QStringLiteral("a5f2b3e4-3e38-4a37-9177-a6340b291bf0");
inline const QString kTaskOneAction1 = QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5ebe0");
inline const QString kTaskOneAction2 = QStringLiteral("198d2b6a-3974-48d7-bc0e-f0a88b49e10c");
inline const QString kPatrolName = QStringLiteral("Обход периметра");
inline const QString kLocation = QStringLiteral("03864752-f177-47ff-b0a1-99d75b02d954");
inline const QString kPoint = QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2");

} // namespace Seed

namespace Requests {

inline const QString kTaskList = QStringLiteral("GET /rest/v1/service/svctasks");
inline const QString kTaskRead = QStringLiteral("GET /rest/v1/service/svctasks/{id}");
inline const QString kSeriesList = QStringLiteral("GET /task-executions/info");
inline const QString kSeriesRead = QStringLiteral("GET /task-executions/{id}");
inline const QString kSeriesPut = QStringLiteral("PUT /task-executions/{id}/series");
inline const QString kSeriesPost = QStringLiteral("POST /task-executions");

} // namespace Requests
