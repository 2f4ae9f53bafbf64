using Dapper;
using Microsoft.AspNetCore.Identity;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Access;

/// <summary>A person who signs in to the web pages, with the role that says what they may do.</summary>
public sealed record User(long Id, string Name, Role Role);

/// <summary>
/// Web users. Passwords are hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2, salted); the password itself is never stored or logged.
/// </summary>
public sealed class UserStore(Db db, IClock clock, SignInLimits limits)
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    private static readonly PasswordHasher<string> Hasher = new();

    // Verified against when the name is unknown, so that a wrong name costs as long as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword("", "decoy-password-for-unknown-names");

    private sealed class Row
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public string Role { get; init; } = "";

        public string PasswordHash { get; init; } = "";
    }

    /// <summary>Creates a user; 422 for a bad name, role or password, 409 when the name is taken.</summary>
    public Task<User> CreateAsync(string? name, string? role, string? password, CancellationToken cancellationToken = default)
    {
        var check = new Check();
        var cleanName = check.Text("name", name, required: true, maxLength: 100);
        var parsed = TokenStore.TryParseRole(role);
        check.That(parsed is not null, "role", "role is one of admin, planner, viewer, controller.", ErrorCode.RoleUnknown);
        check.That(password is { Length: >= MinPasswordLength }, "password", $"The password has at least {MinPasswordLength} characters.", ErrorCode.PasswordTooShort,
            ("min", MinPasswordLength));
        check.ThrowIfFailed();
        return db.WriteAsync(async (c, tx) =>
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM app_user WHERE name = @cleanName", new { cleanName }, tx) > 0)
                throw PlannerException.Of(ErrorKind.Conflict, "name", ErrorCode.UserNameTaken, $"There is already a user named {cleanName}.", ("value", cleanName));
            var id = await c.ExecuteScalarAsync<long>(
                "INSERT INTO app_user (name, role, password_hash, created_at) VALUES (@cleanName, @role, @hash, @now) RETURNING id",
                new { cleanName, role = TokenStore.RoleName(parsed!.Value), hash = Hasher.HashPassword(cleanName, password!), now = clock.GetCurrentInstant().ToUnixTimeSeconds() },
                tx);
            return new User(id, cleanName, parsed.Value);
        }, cancellationToken);
    }

    /// <summary>
    /// The user whose name and password these are, or null (unknown name or wrong password alike). A name whose
    /// failed attempts this minute reached the limit is refused with 429 before its password is tried (see <see cref="SignInLimits"/>).
    /// </summary>
    public async Task<User?> VerifyAsync(string? name, string? password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password) || name.Length > 100 || password.Length > 1000)
            return null;
        await limits.EnsureAllowedAsync(name, cancellationToken);
        var row = await db.ReadAsync(c => c.QuerySingleOrDefaultAsync<Row>(
            "SELECT id AS Id, name AS Name, role AS Role, password_hash AS PasswordHash FROM app_user WHERE name = @name AND disabled_at IS NULL",
            new { name = name.Trim() }), cancellationToken);
        var result = Hasher.VerifyHashedPassword(row?.Name ?? "", row?.PasswordHash ?? DecoyHash, password);
        if (row is not null && result != PasswordVerificationResult.Failed)
            return new User(row.Id, row.Name, TokenStore.ParseRole(row.Role));
        await limits.FailedAsync(name, cancellationToken);
        return null;
    }

    /// <summary>The user with this id, or null if it was removed since the cookie was issued.</summary>
    public Task<User?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async c => await c.QuerySingleOrDefaultAsync<Row>(
            "SELECT id AS Id, name AS Name, role AS Role FROM app_user WHERE id = @id AND disabled_at IS NULL", new { id }) is { } row
            ? new User(row.Id, row.Name, TokenStore.ParseRole(row.Role))
            : null, cancellationToken);
}
