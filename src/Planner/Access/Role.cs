namespace Planner.Access;

/// <summary>What a token may do.</summary>
public enum Role
{
    /// <summary>Reads everything.</summary>
    Viewer,

    /// <summary>Reads and changes the directory and the events.</summary>
    Planner,

    /// <summary>Everything a planner may, and manages tokens.</summary>
    Admin,

    /// <summary>
    /// An exercise controller: reads everything a viewer may and also the Master Scenario
    /// Events List of exercises, which planners and controllers see and players never do.
    /// </summary>
    Controller,
}

/// <summary>Names of the authorization policies.</summary>
public static class Policies
{
    /// <summary>
    /// Any valid token may read (GET, HEAD); only planners and admins may change anything.
    /// Applied to all of <c>/api</c>, so no endpoint can forget it.
    /// </summary>
    public const string Api = "api";

    /// <summary>Admins only.</summary>
    public const string Admin = "admin";

    /// <summary>Any signed-in web user; what each may change is decided per request (see <c>Web.WriteAccessFilter</c>).</summary>
    public const string Web = "web";

    /// <summary>Planners, admins and controllers: who may see an exercise's MSEL.</summary>
    public const string Msel = "msel";

    /// <summary>Planners and admins: who may read the history of changes.</summary>
    public const string Planners = "planners";
}
