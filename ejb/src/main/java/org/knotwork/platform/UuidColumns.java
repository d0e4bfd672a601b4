package org.knotwork.platform;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.PostgreSQLUUIDJdbcType;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;

/**
 * Reads {@code uuid} columns with {@code getObject(int)}, which the PostgreSQL driver answers with a {@link UUID},
 * instead of Hibernate's {@code getObject(int, UUID.class)}. Payara's pooled result sets pass that JDBC 4.1 method
 * on by reflection, looking the method up on every call: with every id a UUID, that lookup was about a tenth of the
 * CPU a chart took. Registered for every {@code uuid} column through {@code META-INF/services}; writing is
 * unchanged.
 */
public final class UuidColumns extends PostgreSQLUUIDJdbcType implements TypeContributor {

    @Override
    public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        typeContributions.contributeJdbcType(this);
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            @Override
            protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
                return javaType.wrap(uuid(rs.getObject(paramIndex)), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
                return javaType.wrap(uuid(statement.getObject(index)), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                    throws SQLException {
                return javaType.wrap(uuid(statement.getObject(name)), options);
            }
        };
    }

    static UUID uuid(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }
}
