global using Planner.Errors;
