package de.lokalwillkommen.message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Messages to the coordination (category ACCESSIBILITY, from the accessibility statement) belong to no
 * office. A Java migration because the category check of V4 was created without a name: PostgreSQL calls it
 * message_category_check, H2 something else, so it is found by its content in the information schema. The new
 * check lists the values with OR rather than IN (H2 2.4.240 loses IN-list checks created in another session).
 */
@Component
class V7_14__Coordination_messages extends BaseJavaMigration {

    private static final List<String> CATEGORIES = List.of("NEWCOMER", "NEIGHBOUR", "LANDLORD", "VOLUNTEER", "PARTNER",
            "OTHER", "ACCESSIBILITY");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> oldChecks = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select tc.constraint_name from information_schema.table_constraints tc
                join information_schema.check_constraints cc
                  on cc.constraint_name = tc.constraint_name and cc.constraint_schema = tc.constraint_schema
                where lower(tc.table_name) = 'message' and tc.constraint_type = 'CHECK'
                  and cc.check_clause like '%NEWCOMER%'""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                oldChecks.add(rows.getString(1));
            }
        }
        if (oldChecks.isEmpty()) {
            throw new IllegalStateException("the category check of table message was not found");
        }
        try (Statement change = connection.createStatement()) {
            for (String name : oldChecks) {
                change.execute("alter table message drop constraint \"" + name.replace("\"", "") + "\"");
            }
            change.execute("alter table message add constraint message_category check ("
                    + String.join(" or ", CATEGORIES.stream().map(c -> "category = '" + c + "'").toList()) + ")");
            change.execute("alter table message alter column office_id drop not null");
        }
    }
}
