using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Parties;
using Planner.Scheduling;
using Planner.Venues;

namespace Planner.Demo;

/// <summary>
/// Loads the demo data set (<see cref="DemoFacts"/> and the events below). Every record is found by
/// its natural key before it is added, so loading twice changes nothing.
/// </summary>
public sealed class DemoData(Db db, Chairmanship chairmanship)
{
    /// <summary>True when the database holds no parties yet (a first start).</summary>
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync(async c => await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM party") == 0, cancellationToken);

    /// <summary>Adds what is missing of the demo data; returns how many records were added.</summary>
    public Task<int> LoadAsync(CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Seeding, async (c, tx) =>
        {
            var load = new Loader(c, tx);
            await load.DirectoryAsync();
            await load.EventsAsync(chairmanship);
            await ExerciseDemo.LoadAsync(c, tx);
            return load.Added;
        }, cancellationToken);

    private sealed class Loader(DbConnection c, DbTransaction tx)
    {
        private readonly Dictionary<string, long> _parties = [];
        private readonly Dictionary<string, long> _venues = [];
        private readonly Dictionary<string, List<long>> _people = [];

        public int Added { get; private set; }

        /// <summary>Returns the id found by <paramref name="find"/>, or inserts with <paramref name="insert"/> (… RETURNING id).</summary>
        private async Task<long> EnsureAsync(string find, string insert, object values)
        {
            if (await c.ExecuteScalarAsync<long?>(find, values, tx) is { } id)
                return id;
            Added++;
            return await c.ExecuteScalarAsync<long>(insert, values, tx);
        }

        private async Task<long> PersonAsync(PersonInput person)
        {
            Added++;
            return (await PersonService.AddAsync(c, tx, person)).Id;
        }

        public async Task DirectoryAsync()
        {
            foreach (var p in DemoFacts.Parties)
            {
                var emails = $"[\"protocol@{p.Code.ToLowerInvariant()}.mfa.example\"]";
                var id = _parties[p.Code] = await EnsureAsync("SELECT id FROM party WHERE code = @Code",
                    "INSERT INTO party (code, kind, name_en, name_ru, name_zh, contact_emails, language) VALUES (@Code, @Kind, @En, @Ru, @Zh, @emails, @Language) RETURNING id",
                    new { p.Code, p.Kind, p.En, p.Ru, p.Zh, emails, p.Language });
                foreach (var (status, from, to) in p.Statuses)
                {
                    await EnsureAsync("SELECT id FROM party_status WHERE party_id = @id AND valid_from = @from",
                        "INSERT INTO party_status (party_id, status, valid_from, valid_to) VALUES (@id, @status, @from, @to) RETURNING id",
                        new { id, status, from, to });
                }
            }

            foreach (var v in DemoFacts.Venues)
            {
                _venues[v.Key] = await EnsureAsync("SELECT id FROM venue WHERE name_en = @NameEn AND city_en = @CityEn",
                    """
                    INSERT INTO venue (name_en, name_ru, name_zh, city_en, city_ru, city_zh, country, time_zone)
                    VALUES (@NameEn, @NameRu, @NameZh, @CityEn, @CityRu, @CityZh, @Country, @TimeZone) RETURNING id
                    """, v);
            }

            foreach (var (party, family, given, title) in DemoFacts.People)
            {
                var partyId = _parties[party];
                var name = PersonName.Full(new(family.En, family.Ru, family.Zh), new(given.En, given.Ru, given.Zh));
                var email = $"{name.En.Split(' ')[0].ToLowerInvariant()}@{party.ToLowerInvariant()}.gov.example";
                var id = await c.ExecuteScalarAsync<long?>("SELECT id FROM person WHERE name_en = @En AND party_id = @partyId", new { name.En, partyId }, tx)
                    ?? await PersonAsync(new PersonInput(null, new(title.En, title.Ru, title.Zh), partyId, email, null)
                    {
                        FamilyName = new(family.En, family.Ru, family.Zh),
                        GivenNames = new(given.En, given.Ru, given.Zh),
                    });
                if (!_people.TryGetValue(party, out var list))
                    _people[party] = list = [];
                list.Add(id);
            }

            Added += await Documents.Protocol.ProtocolDemo.LoadAsync(c, tx);
        }

        public async Task EventsAsync(Chairmanship chairmanship)
        {
            var council = await EnsureAsync("SELECT id FROM series WHERE code = 'RATS-COUNCIL'",
                "INSERT INTO series (code, kind, name_en, name_ru, name_zh) VALUES ('RATS-COUNCIL', 'council', @en, @ru, @zh) RETURNING id",
                new { en = "Meeting of the RATS SCO Council", ru = "Заседание Совета РАТС ШОС", zh = "上合组织地区反恐怖机构理事会会议" });
            var conference = await EnsureAsync("SELECT id FROM series WHERE code = 'TASHKENT-CONF'",
                """
                INSERT INTO series (code, kind, name_en, name_ru, name_zh, rule_month, rule_week, rule_weekday, rule_days, rule_venue_id, rule_start_time, rule_end_time)
                VALUES ('TASHKENT-CONF', 'conference', @en, @ru, @zh, 11, 1, 3, 2, @venue, '09:30', '18:00') RETURNING id
                """,
                new { en = "Scientific-practical conference of the RATS SCO", ru = "Научно-практическая конференция РАТС ШОС", zh = "上合组织地区反恐怖机构学术实践会议", venue = _venues["tashkent"] });

            string[] members2023 = ["IND", "IRN", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"];
            var fortieth = await EventAsync(new("council", "40th meeting of the RATS SCO Council", "40-е заседание Совета РАТС ШОС", "上合组织地区反恐怖机构理事会第四十次会议",
                council, 40, "astana", "2023-09-08T09:00", "2023-09-08T18:00", "KAZ", "KAZ", "closed"),
                [.. members2023.Select(m => (m, "member")), ("BLR", "observer"), ("MNG", "observer"), ("RATS", "secretariat")]);
            await AgendaAsync(fortieth, "2023-09-08", "KAZ");
            Added += await Documents.OutcomeDemo.LoadAsync(c, tx, fortieth);

            string[] members2025 = ["BLR", .. members2023];
            await EventAsync(new("council", "44th meeting of the RATS SCO Council", "44-е заседание Совета РАТС ШОС", "上合组织地区反恐怖机构理事会第四十四次会议",
                council, 44, "cholpon-ata", "2025-09-10T09:00", "2025-09-10T18:00", "KGZ", "KGZ", "closed"),
                [.. members2025.Select(m => (m, "member")), ("RATS", "secretariat")]);

            var chair2027 = await chairmanship.ChairOnAsync(c, tx, new LocalDate(2027, 4, 15));
            var chairCode = await c.ExecuteScalarAsync<string?>("SELECT code FROM party WHERE id = @chair2027", new { chair2027 }, tx) ?? "RUS";
            var upcoming = await EventAsync(new("council", "47th meeting of the RATS SCO Council", "47-е заседание Совета РАТС ШОС", "上合组织地区反恐怖机构理事会第四十七次会议",
                council, 47, "moscow", "2027-04-15T09:00", "2027-04-15T18:00", "RUS", chairCode, "planned"),
                [.. members2025.Select(m => (m, "member")), ("MNG", "observer"), ("RATS", "secretariat")], delegations: false);
            await AgendaAsync(upcoming, "2027-04-15", chairCode);

            await EventAsync(new("conference", "5th scientific-practical conference of the RATS SCO: Fighting Terrorism — Cooperation without Borders",
                "5-я научно-практическая конференция РАТС ШОС «Борьба с терроризмом — сотрудничество без границ»", "上合组织地区反恐怖机构第五届学术实践会议：反恐——无国界合作",
                conference, 5, "tashkent", "2017-11-01T09:30", "2017-11-02T18:00", "UZB", null, "closed"),
                [("KAZ", "member"), ("CHN", "member"), ("KGZ", "member"), ("RUS", "member"), ("TJK", "member"), ("UZB", "member"),
                 ("IND", "member"), ("PAK", "member"), ("MNG", "observer"), ("IRN", "observer"), ("BLR", "observer"),
                 ("UNODC", "internationalOrganisation"), ("UN-CTED", "internationalOrganisation"), ("CIS-ATC", "internationalOrganisation"),
                 ("CSTO", "internationalOrganisation"), ("RATS", "secretariat")], delegations: false);
            await EventAsync(new("conference", "7th scientific-practical conference of the RATS SCO", "7-я научно-практическая конференция РАТС ШОС",
                "上合组织地区反恐怖机构第七届学术实践会议", conference, 7, "tashkent", "2019-11-06T09:30", "2019-11-07T18:00", "UZB", null, "closed"),
                [("KAZ", "member"), ("CHN", "member"), ("KGZ", "member"), ("RUS", "member"), ("TJK", "member"), ("UZB", "member"),
                 ("IND", "member"), ("PAK", "member"), ("CIS-ATC", "internationalOrganisation"), ("OSCE", "internationalOrganisation"), ("RATS", "secretariat")],
                delegations: false);

            await EventAsync(new("exercise", "Joint anti-terrorist command-staff exercise \"Norak-Antiterror 2009\"", "Совместное антитеррористическое командно-штабное учение «Норак-Антитеррор-2009»",
                "“努列克-反恐-2009”联合反恐指挥所演习", null, null, "norak", "2009-04-17T08:00", "2009-04-19T18:00", "TJK", null, "closed"),
                [("KAZ", "member"), ("CHN", "member"), ("KGZ", "member"), ("RUS", "member"), ("TJK", "member"), ("UZB", "member"),
                 ("IND", "observer"), ("IRN", "observer"), ("PAK", "observer"), ("CIS-ATC", "internationalOrganisation"), ("CSTO", "internationalOrganisation"),
                 ("UN-CTED", "internationalOrganisation"), ("OSCE", "internationalOrganisation"), ("USA-DYU", "observer"), ("FRA-DYU", "observer")],
                delegations: false);

            await EnsureAsync("SELECT id FROM blackout WHERE title = @title",
                "INSERT INTO blackout (title, first_day, last_day, party_id) VALUES (@title, '2027-03-20', '2027-03-22', @party) RETURNING id",
                new { title = "Navruz holidays (Uzbekistan)", party = _parties["UZB"] });
            await EnsureAsync("SELECT id FROM blackout WHERE title = @title",
                "INSERT INTO blackout (title, first_day, last_day, party_id) VALUES (@title, '2027-07-01', '2027-07-02', NULL) RETURNING id",
                new { title = "SCO Heads of State Council summit (provisional dates)" });
        }

        private sealed record EventFact(string Kind, string En, string Ru, string Zh, long? Series, int? Number, string Venue,
            string Start, string End, string Host, string? Chair, string Status);

        private async Task<long> EventAsync(EventFact e, (string Party, string Role)[] participants, bool delegations = true)
        {
            var venue = _venues[e.Venue];
            var zoneId = await c.ExecuteScalarAsync<string>("SELECT time_zone FROM venue WHERE id = @venue", new { venue }, tx);
            var zone = DateTimeZoneProviders.Tzdb[zoneId!];
            var startAt = VenueTime.ToInstant(zone, zoneId!, Sql.DateTime(e.Start), "start");
            var endAt = VenueTime.ToInstant(zone, zoneId!, Sql.DateTime(e.End), "end");
            var id = await EnsureAsync("SELECT id FROM event WHERE title_en = @En",
                """
                INSERT INTO event (kind, title_en, title_ru, title_zh, series_id, number, venue_id, start_local, end_local, start_at, end_at,
                                   host_party_id, chair_party_id, status)
                VALUES (@Kind, @En, @Ru, @Zh, @Series, @Number, @venue, @Start, @End, @startAt, @endAt, @host, @chair, @Status) RETURNING id
                """,
                new
                {
                    e.Kind, e.En, e.Ru, e.Zh, e.Series, e.Number, venue, e.Start, e.End, startAt = Sql.Seconds(startAt), endAt = Sql.Seconds(endAt),
                    host = _parties[e.Host], chair = e.Chair is null ? (long?)null : _parties[e.Chair], e.Status,
                });
            foreach (var (party, role) in participants)
            {
                var partyId = _parties[party];
                await EnsureAsync("SELECT id FROM participation WHERE event_id = @id AND party_id = @partyId",
                    "INSERT INTO participation (event_id, party_id, role) VALUES (@id, @partyId, @role) RETURNING id", new { id, partyId, role });
                if (!delegations || !_people.TryGetValue(party, out var people))
                    continue;
                for (var i = 0; i < people.Count; i++)
                {
                    await EnsureAsync("SELECT id FROM delegate WHERE event_id = @id AND person_id = @person",
                        "INSERT INTO delegate (event_id, party_id, person_id, is_head, function, position) VALUES (@id, @partyId, @person, @head, @function, @i) RETURNING id",
                        new { id, partyId, person = people[i], head = i == 0 ? 1 : 0, function = i == 0 ? "Head of delegation" : "Member of delegation", i });
                }
            }

            await Scheduling.Bookings.RebuildAsync(c, tx, id);
            return id;
        }

        private async Task AgendaAsync(long eventId, string day, string chairParty)
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM agenda_session WHERE event_id = @eventId", new { eventId }, tx) > 0)
                return;
            var zoneId = await c.ExecuteScalarAsync<string>("SELECT v.time_zone FROM event e JOIN venue v ON v.id = e.venue_id WHERE e.id = @eventId", new { eventId }, tx);
            var zone = DateTimeZoneProviders.Tzdb[zoneId!];
            var chair = _people[chairParty][0];
            var director = _people["RATS"][0];
            (string Start, string End, string En, string Ru, string Zh, (string En, string Ru, string Zh, long[] Speakers)[] Items)[] sessions =
            [
                ("10:00", "12:30", "Opening session", "Открытие заседания", "开幕会议",
                [
                    ("Welcome address by the Chairman of the meeting", "Приветственное слово председательствующего", "会议主席致欢迎辞", [chair]),
                    ("Report of the Director of the RATS SCO Executive Committee on the work done", "Доклад Директора Исполнительного комитета РАТС ШОС о проделанной работе", "地区反恐怖机构执行委员会主任工作报告", [director]),
                    ("Statements by the heads of delegations", "Выступления глав делегаций", "各代表团团长发言", []),
                ]),
                ("14:30", "17:00", "Plenary session", "Пленарное заседание", "全体会议",
                [
                    ("Adoption of the decisions of the Council", "Принятие решений Совета", "通过理事会决议", []),
                    ("Signing of the outcome documents", "Подписание итоговых документов", "签署成果文件", []),
                    ("Date and venue of the next meeting of the Council", "О дате и месте проведения очередного заседания Совета", "下次理事会会议的时间和地点", [chair]),
                ]),
            ];
            foreach (var (start, end, en, ru, zh, items) in sessions)
            {
                var startLocal = Sql.DateTime($"{day}T{start}");
                var endLocal = Sql.DateTime($"{day}T{end}");
                var sessionId = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO agenda_session (event_id, title_en, title_ru, title_zh, start_local, end_local, start_at, end_at, room_en, room_ru, room_zh, chair_person_id)
                    VALUES (@eventId, @en, @ru, @zh, @startLocal, @endLocal, @startAt, @endAt, 'Main hall', 'Главный зал', '主会场', @chair) RETURNING id
                    """,
                    new
                    {
                        eventId, en, ru, zh, startLocal = Sql.Text(startLocal), endLocal = Sql.Text(endLocal),
                        startAt = Sql.Seconds(VenueTime.ToInstant(zone, zoneId!, startLocal, "start")),
                        endAt = Sql.Seconds(VenueTime.ToInstant(zone, zoneId!, endLocal, "end")), chair,
                    }, tx);
                Added++;
                for (var i = 0; i < items.Length; i++)
                {
                    var itemId = await c.ExecuteScalarAsync<long>(
                        "INSERT INTO agenda_item (session_id, position, title_en, title_ru, title_zh) VALUES (@sessionId, @position, @En, @Ru, @Zh) RETURNING id",
                        new { sessionId, position = i + 1, items[i].En, items[i].Ru, items[i].Zh }, tx);
                    for (var k = 0; k < items[i].Speakers.Length; k++)
                    {
                        await c.ExecuteAsync("INSERT INTO agenda_item_speaker (item_id, person_id, position) VALUES (@itemId, @person, @k)",
                            new { itemId, person = items[i].Speakers[k], k }, tx);
                    }
                }
            }

            await Scheduling.Bookings.RebuildAsync(c, tx, eventId);
        }
    }
}
