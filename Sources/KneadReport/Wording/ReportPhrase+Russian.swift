import KneadCore

extension ReportPhrase {
    /// The phrase in Russian.
    var russian: String {
        switch self {
        case .documentTitle: "Самомассаж и боль: отчёт для врача"
        case .period(let first, let last): "Период: с \(first.iso) по \(last.iso)"
        case .madeOn(let day): "Составлен программой knead \(day.iso)."
        case .scale: "Боль оценивает сам человек до и после каждого сеанса по шкале от 0 (боли нет) до 10 (самая сильная боль, какую можно представить)."
        case .ownRecord: "Это собственные записи человека, которые knead хранит на его компьютере; это не медицинское обследование."
        case .totals(let sessions, let routines):
            "\(Self.russianCount(sessions, one: "сеанс", few: "сеанса", many: "сеансов")), \(Self.russianCount(routines, one: "комплекс", few: "комплекса", many: "комплексов"))"
        case .sessionsLabel: "Сеансы"
        case .coursesLabel: "Курсы"
        case .finished: "Завершено"
        case .quit: "Прервано досрочно"
        case .interrupted: "Оборвано (Ctrl-C, сбой, отключение питания)"
        case .flares: "Сеансы во время обострения"
        case .itHurtsPressed: "Нажато «Больно»"
        case .changeTitle: "Изменение боли"
        case .whichSessions: "Сеансы"
        case .averageBefore: "В среднем до"
        case .averageAfter: "В среднем после"
        case .averageChange: "Изменение за сеанс"
        case .allSessions: "Весь период"
        case .course(let number): "Курс \(number)"
        case .daysFromTo(let first, let last): first == last ? first.iso : "с \(first.iso) по \(last.iso)"
        case .chartTitle: "Боль до и после каждого сеанса"
        case .chartAveraged(let days): "Каждая отметка — среднее по сеансам за \(Self.russianCount(days, one: "день", few: "дня", many: "дней"))."
        case .painAxis: "Боль, 0–10"
        case .before: "до"
        case .after: "после"
        case .flare: "обострение"
        case .itHurts: "«больно»"
        case .courseShading: "курс"
        case .restShading: "перерыв"
        case .calendarTitle: "Дни с сеансами"
        case .calendarShown(let first, let last): "С \(first.iso) по \(last.iso); закрашенный квадрат с точкой — день с сеансом."
        case .movesThatHurt: "Движения, во время которых нажато «Больно»"
        case .mostSkipped: "Чаще всего пропущенные движения"
        case .contraindications: "Подтверждено, что противопоказаний нет"
        case .notConfirmed: "не подтверждалось за этот период"
        case .none: "нет"
        case .notRated: "без оценки"
        case .times(let count): Self.russianCount(count, one: "раз", few: "раза", many: "раз")
        case .wroteTo(let path): "Отчёт записан в \(path)."
        case .fileExists(let path): "\(path) уже существует; укажите другое имя или --force, чтобы записать поверх."
        case .cannotWrite(let path, let reason): "не удалось записать \(path): \(reason)"
        }
    }

    /// `count` with the noun in the form Russian gives it after that number.
    private static func russianCount(_ count: Int, one: String, few: String, many: String) -> String {
        switch PluralRule.category(for: count, in: .russian) {
        case .one: "\(count) \(one)"
        case .few: "\(count) \(few)"
        default: "\(count) \(many)"
        }
    }
}
