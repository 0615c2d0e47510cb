// Where class actions send and revalidate (not a "use server" file: it exports no action).
export const CLASS_LIST = "/instructor/classes";
export const classPage = (classId: string) => `${CLASS_LIST}/${classId}`;
