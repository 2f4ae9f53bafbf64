using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Parties;
using Planner.Scheduling;
using Planner.Venues;

namespace Planner.Demo;

/// <summary>
/// Loads the demo data set (<see cref="DemoFacts"/> and the events below) through the same services as any other
/// change, so each record passes the same checks and leaves the same history (actor <c>system</c>). Every record is
/// found by its natural key before it is added, so loading twice changes nothing. All of it is one write unit.
/// </summary>
public sealed class DemoData(Db db, Chairmanship chairmanship, DemoServices services)
{
    /// <summary>True when the database holds no parties yet (a first start).</summary>
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync(async c => await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM party") == 0, cancellationToken);

    /// <summary>Adds what is missing of the demo data; returns how many records were added.</summary>
    public Task<int> LoadAsync(CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Seeding, async (c, tx) =>
        {
            var load = new Loader(c, tx, services);
            await load.DirectoryAsync();
            await load.EventsAsync(chairmanship);
            var exercises = await ExerciseDemo.LoadAsync(load);
            return load.Added + exercises;
        }, cancellationToken);

    /// <summary>Adds the records of one load inside its transaction, each found by its natural key first; counts what it added.</summary>
    internal sealed class Loader(DbConnection c, DbTransaction tx, DemoServices services)
    {
        private readonly Dictionary<string, long> _parties = [];
        private readonly Dictionary<string, long> _venues = [];
        private readonly Dictionary<string, List<long>> _people = [];

        public int Added { get; private set; }

        public DbConnection Connection => c;

        public DbTransaction Transaction => tx;

        /// <summary>The id of the demo party with <paramref name="code"/> (loaded by <see cref="DirectoryAsync"/>).</summary>
        public long Party(string code) => _parties[code];

        /// <summary>Returns the id found by <paramref name="find"/>, or adds the record with <paramref name="add"/>.</summary>
        private async Task<long> EnsureAsync(string find, object key, Func<Task<long>> add)
        {
            if (await c.ExecuteScalarAsync<long?>(find, key, tx) is { } id)
                return id;
            Added++;
            return await add();
        }

        private static LocalizedTextInput Text(string en, string ru, string zh) => new(en, ru, zh);

        /// <summary>The head of delegation's function: the catalogue's wording in each language.</summary>
        private static LocalizedTextInput HeadFunction => Text(Catalogue.Default.Get("headOfDelegation", Language.English),
            Catalogue.Default.Get("headOfDelegation", Language.Russian), Catalogue.Default.Get("headOfDelegation", Language.Chinese));

        public async Task DirectoryAsync()
        {
            foreach (var p in DemoFacts.Parties)
            {
                var id = _parties[p.Code] = await EnsureAsync("SELECT id FROM party WHERE code = @Code", p, async () =>
                    (await services.Parties.CreateAsync(c, tx, new PartyInput(p.Code, Enums.Parse<PartyKind>(p.Kind), Text(p.En, p.Ru, p.Zh),
                        [$"protocol@{p.Code.ToLowerInvariant()}.mfa.example"], p.Language, null, null))).Id);
                foreach (var (status, from, to) in p.Statuses)
                {
                    await EnsureAsync("SELECT id FROM party_status WHERE party_id = @id AND valid_from = @from", new { id, from }, async () =>
                        (await StandingService.AddAsync(c, tx, id,
                            new PartyStatusInput(Enums.Parse<Standing>(status), Sql.Date(from), Sql.Date(to, nullable: true), null), acceptConflicts: true)).Id);
                }
            }

            foreach (var v in DemoFacts.Venues)
            {
                _venues[v.Key] = await EnsureAsync("SELECT id FROM venue WHERE name_en = @NameEn AND city_en = @CityEn", v, async () =>
                    (await VenueService.CreateAsync(c, tx, new VenueInput(Text(v.NameEn, v.NameRu, v.NameZh), Text(v.CityEn, v.CityRu, v.CityZh),
                        v.Country, v.TimeZone, null))).Id);
            }

            foreach (var (party, family, given, title) in DemoFacts.People)
            {
                var partyId = _parties[party];
                var name = PersonName.Full(new(family.En, family.Ru, family.Zh), new(given.En, given.Ru, given.Zh));
                var email = $"{name.En.Split(' ')[0].ToLowerInvariant()}@{party.ToLowerInvariant()}.gov.example";
                var id = await EnsureAsync("SELECT id FROM person WHERE name_en = @En AND party_id = @partyId", new { name.En, partyId }, async () =>
                    (await PersonService.AddAsync(c, tx, new PersonInput(null, Text(title.En, title.Ru, title.Zh), partyId, email, null)
                    {
                        FamilyName = Text(family.En, family.Ru, family.Zh),
                        GivenNames = Text(given.En, given.Ru, given.Zh),
                    })).Id);
                if (!_people.TryGetValue(party, out var list))
                    _people[party] = list = [];
                list.Add(id);
            }

            Added += await Documents.Protocol.ProtocolDemo.LoadAsync(c, tx, services.Parties);
        }

        public async Task EventsAsync(Chairmanship chairmanship)
        {
            var council = await SeriesAsync(new SeriesInput("RATS-COUNCIL", EventKind.Council,
                Text("Meeting of the RATS SCO Council", "Заседание Совета РАТС ШОС", "上合组织地区反恐怖机构理事会会议"), null, null));
            var conference = await SeriesAsync(new SeriesInput("TASHKENT-CONF", EventKind.Conference,
                Text("Scientific-practical conference of the RATS SCO", "Научно-практическая конференция РАТС ШОС", "上合组织地区反恐怖机构学术实践会议"),
                new SeriesRuleInput(11, 1, 3, 2, _venues["tashkent"], new LocalTime(9, 30), new LocalTime(18, 0)), null));

            string[] members2023 = ["IND", "IRN", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"];
            var fortieth = await EventAsync(new("council", "40th meeting of the RATS SCO Council", "40-е заседание Совета РАТС ШОС", "上合组织地区反恐怖机构理事会第四十次会议",
                council, 40, "astana", "2023-09-08T09:00", "2023-09-08T18:00", "KAZ", "KAZ", "closed"),
                [.. members2023.Select(m => (m, "member")), ("BLR", "observer"), ("MNG", "observer"), ("RATS", "secretariat")]);
            await AgendaAsync(fortieth, "2023-09-08", "KAZ");
            Added += await Documents.OutcomeDemo.LoadAsync(c, tx, services.Outcome, fortieth);

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

            await EventAsync(new("exercise", ExerciseDemo.NorakTitle, "Совместное антитеррористическое командно-штабное учение «Норак-Антитеррор-2009»",
                "“努列克-反恐-2009”联合反恐指挥所演习", null, null, "norak", "2009-04-17T08:00", "2009-04-19T18:00", "TJK", null, "closed"),
                [("KAZ", "member"), ("CHN", "member"), ("KGZ", "member"), ("RUS", "member"), ("TJK", "member"), ("UZB", "member"),
                 ("IND", "observer"), ("IRN", "observer"), ("PAK", "observer"), ("CIS-ATC", "internationalOrganisation"), ("CSTO", "internationalOrganisation"),
                 ("UN-CTED", "internationalOrganisation"), ("OSCE", "internationalOrganisation"), ("USA-DYU", "observer"), ("FRA-DYU", "observer")],
                delegations: false);
            await EventAsync(new("exercise", ExerciseDemo.PeaceMissionTitle, "Совместное антитеррористическое учение «Мирная миссия — 2010»",
                "“和平使命-2010”联合反恐军事演习", null, null, "matybulak", "2010-09-10T08:00", "2010-09-25T18:00", "KAZ", null, "closed"),
                [("KAZ", "member"), ("CHN", "member"), ("KGZ", "member"), ("RUS", "member"), ("TJK", "member"), ("UZB", "observer")], delegations: false);

            await BlackoutAsync(new BlackoutInput("Navruz holidays (Uzbekistan)", new LocalDate(2027, 3, 20), new LocalDate(2027, 3, 22), _parties["UZB"], null));
            await BlackoutAsync(new BlackoutInput("SCO Heads of State Council summit (provisional dates)", new LocalDate(2027, 7, 1), new LocalDate(2027, 7, 2), null, null));
        }

        private Task<long> SeriesAsync(SeriesInput series) =>
            EnsureAsync("SELECT id FROM series WHERE code = @Code", series, async () => (await SeriesService.SaveAsync(c, tx, null, series)).Id);

        private Task<long> BlackoutAsync(BlackoutInput blackout) =>
            EnsureAsync("SELECT id FROM blackout WHERE title = @Title", blackout, async () =>
                (await BlackoutService.SaveAsync(c, tx, null, blackout, acceptConflicts: true)).Id);

        /// <summary>An event: kind, title in en / ru / zh, series and number, venue key, local start and end, host and chair party codes, status.</summary>
        public sealed record EventFact(string Kind, string En, string Ru, string Zh, long? Series, int? Number, string Venue,
            string Start, string End, string Host, string? Chair, string Status);

        /// <summary>The id of the event titled as <paramref name="e"/>, added with its participants (and their delegations) unless it exists.</summary>
        public async Task<long> EventAsync(EventFact e, (string Party, string Role)[] participants, bool delegations = true)
        {
            var id = await EnsureAsync("SELECT id FROM event WHERE title_en = @En", e, async () =>
                (await services.Events.SaveAsync(c, tx, null, new EventInput(Enums.Parse<EventKind>(e.Kind), Text(e.En, e.Ru, e.Zh), e.Series, e.Number,
                    _venues[e.Venue], Sql.DateTime(e.Start), Sql.DateTime(e.End), _parties[e.Host], e.Chair is null ? null : _parties[e.Chair],
                    Enums.Parse<EventStatus>(e.Status), null), acceptConflicts: true)).Id);
            foreach (var (party, role) in participants)
            {
                var partyId = _parties[party];
                await EnsureAsync("SELECT event_id FROM participation WHERE event_id = @id AND party_id = @partyId", new { id, partyId }, async () =>
                {
                    await services.Participants.AddAsync(c, tx, id, new ParticipantInput(partyId, Enums.Parse<ParticipationRole>(role), null), acceptConflicts: true);
                    return id;
                });
                if (!delegations || !_people.TryGetValue(party, out var people)
                    || await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM delegate WHERE event_id = @id AND party_id = @partyId", new { id, partyId }, tx) > 0)
                    continue;
                var version = await c.ExecuteScalarAsync<long>(
                    "SELECT delegation_version FROM participation WHERE event_id = @id AND party_id = @partyId", new { id, partyId }, tx);
                await services.Participants.ReplaceDelegationAsync(c, tx, id, partyId, new DelegationInput(
                    new DelegateInput(people[0], HeadFunction), [.. people.Skip(1).Select(p => new DelegateInput(p, Text(DemoFacts.MemberFunction.En, DemoFacts.MemberFunction.Ru, DemoFacts.MemberFunction.Zh)))], version),
                    acceptConflicts: true);
                Added += people.Count;
            }

            return id;
        }

        private async Task AgendaAsync(long eventId, string day, string chairParty)
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM agenda_session WHERE event_id = @eventId", new { eventId }, tx) > 0)
                return;
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
                await services.Agenda.SaveAsync(c, tx, eventId, null, new SessionInput(Text(en, ru, zh), Sql.DateTime($"{day}T{start}"), Sql.DateTime($"{day}T{end}"),
                    Text("Main hall", "Главный зал", "主会场"), chair, [.. items.Select(i => new ItemInput(Text(i.En, i.Ru, i.Zh), null, i.Speakers))], null),
                    acceptConflicts: true);
                Added++;
            }
        }
    }
}

/// <summary>The services the demo data is loaded through (the same as the API's and the pages').</summary>
public sealed record DemoServices(PartyService Parties, EventService Events, ParticipantService Participants, AgendaService Agenda,
    Documents.OutcomeService Outcome);
