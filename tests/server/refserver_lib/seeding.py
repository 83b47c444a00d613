"""The import document ({"svctasks": [...], "series": [...]}) and synthetic data."""
import datetime as _dt
import json
import random
import uuid

from . import timeutil
from .protocol import HttpError

_BATCH = 2000  # records per transaction when generating: fast, and bounded memory

_TASK_NAMES = ["Обзвон должников", "Очистка ежедневная", "Резервное копирование базы",
               "Рассылка уведомлений клиентам", "Сверка платежей", "Архивация журналов",
               "Выгрузка отчётов в 1С", "Проверка доступности сайтов", "Пересчёт тарифов",
               "Синхронизация справочников", "Daily cleanup", "Call list refresh"]
_SCRIPTS = ["dialByCallList", "cleardata", "backupDb", "sendNotifications", "reconcilePayments",
            "archiveLogs", "exportReports", "checkSites"]
_SERIES_NAMES = ["Обход территории", "Проверка пожарных выходов", "Контроль освещения",
                 "Осмотр периметра", "Проверка серверной", "Обход склада", "Night patrol",
                 "Проверка КПП", "Контроль парковки"]
_POINTS = ["КПП", "Пост 1", "Пост 2", "Склад", "Серверная", "Парковка", "Котельная", "Gate B"]
_ACTIONS = [("Дверь заперта", "BOOLEAN"), ("Свет выключен", "BOOLEAN"), ("Комментарий", "TEXT"),
            ("Замечания", "TEXT"), ("Показания счётчика", "NUMBER"), ("Температура", "NUMBER"),
            ("Фото двери", "PHOTO")]  # PHOTO: a type code the contract does not name


def load_document(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def import_document(app, doc):
    """Insert the document's records in one transaction; ids already stored are skipped, so a
    restart with the same --db and --seed keeps what clients changed. -> (tasks, series)."""
    if not isinstance(doc, dict):
        raise ValueError("the import document must be a JSON object")
    tasks, series = doc.get("svctasks", []), doc.get("series", [])
    if not isinstance(tasks, list) or not isinstance(series, list):
        raise ValueError("svctasks and series must be arrays")
    try:
        with app.storage.transaction():
            made_tasks = app.era.insert(tasks, keep_ext=True, skip_existing=True)
            made_series = app.patrol.insert(series, keep_ids=True, skip_existing=True)
    except HttpError as e:
        raise ValueError(e.detail) from None
    return len(made_tasks), len(made_series)


def _uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _date(rng, first_year, years):
    start = _dt.datetime(first_year, 1, 1, tzinfo=timeutil.UTC)
    return start + _dt.timedelta(days=rng.randrange(365 * years), hours=rng.randrange(6, 22),
                                 minutes=rng.choice((0, 15, 30, 45)))


def svctask(rng, number):
    regular = rng.random() < 0.7
    start = _date(rng, 2019, 6)
    site_mode = rng.choices(["all", "firstsite", "sitelist"], [6, 3, 1])[0]
    sites = rng.choice([["SITE1", "SITE2"], "SITE1, SITE3", ["SITE4"]]) if site_mode == "sitelist" else ""
    schedule = rng.choices(["all", "work", "individual"], [5, 4, 1])[0]
    periods = []
    if schedule == "individual":
        periods = [{"day": d, "from": "09:00", "to": rng.choice(["13:00", "18:00"])}
                   for d in sorted(rng.sample(range(1, 8), rng.randint(1, 5)))]
    task = {
        "name": f"{rng.choice(_TASK_NAMES)} №{number}",
        "isenabled": rng.randint(0, 1),
        "svcscriptcode": rng.choice(_SCRIPTS),
        "sitemode": site_mode,
        "sites": sites,
        "isregular": int(regular),
        "overlap": rng.randint(0, 1),
        "intervalsec": rng.choice([900, 3600, 86400]) if regular else 0,
        "dtstart": timeutil.format_era(start),
        "dtstop": timeutil.format_era(start + _dt.timedelta(days=rng.choice([30, 365]))),
        "schedule": schedule,
        "periods": periods,
        "opts": {"title": rng.choice(["", "Ночной запуск", "Отчётность"]),
                 "comment": rng.choice(["", "Создано генератором", "см. регламент"])},
    }
    if rng.random() < 0.1:
        task["opts"]["owner"] = "ops"          # unknown keys must survive a sync
        task["ext"] = {"source": "generator"}
    return task


def series(rng, number, users, locations):
    start = _date(rng, 2024, 2)
    steps = []
    for s in range(rng.choices([1, 2, 3, 4], [3, 3, 2, 1])[0]):
        actions = []
        for a in range(rng.randint(0, 4)):
            name, kind = rng.choice(_ACTIONS)
            action = {"name": name, "type": kind, "order": a, "required": rng.random() < 0.5}
            if kind == "NUMBER":
                action.update(minValue=0, maxValue=rng.choice([10, 100, 40.5]))
            actions.append(action)
        steps.append({"pointId": _uuid(rng), "name": rng.choice(_POINTS), "order": s,
                      "actions": actions})
    body = {
        "assigneeIds": rng.sample(users, rng.randint(1, 3)),
        "locationId": rng.choice(locations),
        "name": f"{rng.choice(_SERIES_NAMES)} {number}",
        "description": rng.choice([None, "Плановый обход", "Check all doors"]),
        "startAt": timeutil.format_patrol(start),
        "endAt": timeutil.format_patrol(start + _dt.timedelta(hours=rng.randint(1, 4))),
        "priority": rng.choices(["NORMAL", "MAJOR", "MINOR"], [6, 3, 1])[0],
        "orderStepsRequired": rng.random() < 0.5,
        "strictTimeRequired": rng.random() < 0.3,
        "deadlined": rng.random() < 0.3,
        "tags": rng.sample(["обход", "ночь", "склад", "security"], rng.randint(0, 2)),
        "steps": steps,
    }
    kind = rng.random()
    if kind < 0.3:
        body["recurrence"] = {"rule": f"FREQ=DAILY;COUNT={rng.randint(2, 7)}"}
    elif kind < 0.5:
        body["recurrence"] = {"rule": f"FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT={rng.randint(3, 9)}",
                              "exception": ""}
    return body


def _state_by_time(now):
    return lambda start, end: "COMPLETED" if end < now else "IN_PROGRESS"


def generate(app, n_tasks, n_series, seed=None):
    """Insert n_tasks svctasks and n_series series of synthetic, varied data."""
    rng = random.Random(seed)
    users = [_uuid(rng) for _ in range(20)]
    locations = [_uuid(rng) for _ in range(8)]
    state_of = _state_by_time(_dt.datetime.now(timeutil.UTC))
    for first in range(0, n_tasks, _BATCH):
        app.era.insert([svctask(rng, i + 1) for i in range(first, min(n_tasks, first + _BATCH))])
    for first in range(0, n_series, _BATCH):
        bodies = [series(rng, i + 1, users, locations)
                  for i in range(first, min(n_series, first + _BATCH))]
        app.patrol.insert(bodies, keep_ids=False, state_of=state_of)
