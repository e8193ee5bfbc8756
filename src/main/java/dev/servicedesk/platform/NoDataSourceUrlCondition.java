package dev.servicedesk.platform;

/** Matches when the admin configured no database of their own ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL}). */
class NoDataSourceUrlCondition extends PropertyNotSetCondition {

    NoDataSourceUrlCondition() {
        super("spring.datasource.url");
    }
}
